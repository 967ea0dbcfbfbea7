using System.Net;
using System.Text.Json.Nodes;
using Enforcement.Shared.Primitives;
using Enforcement.Tests.Evidence;
using Enforcement.Tests.Support;
using Enforcement.Tests.Workforce;

namespace Enforcement.Tests.Auth;

/// <summary>Each role sees and does only what it should. One host, one set of cases, several users.</summary>
[NonParallelizable]
public sealed class RoleTests
{
    private TestHost _host = null!;
    private Opened _housing = null!, _fire = null!, _cityManagement = null!;

    private sealed record Opened(string WorkOrderId, string CaseId);

    [OneTimeSetUp]
    public async Task OpenCasesOfThreeDepartments()
    {
        _host = new TestHost();
        // Housing and fire-rescue delegate their items as joint enforcement, city management as dispatched.
        _housing = await Open("R-HOUSING", "小区物业擅自占用小区道路搞经营", "ZJ-WY-002", "南苑街道恒山路20号");
        _fire = await Open("R-FIRE", "楼道里停满电动车还在充电，安全出口都堵了", "XF-TD-002", "南苑街道乐山路5号");
        _cityManagement = await Open("R-CITY", "兴隆大街夜市路边有人摆露天烧烤摊，炭火烟熏得整栋楼都开不了窗", "CG-YY-001", "南苑街道兴隆大街18号");
    }

    [OneTimeTearDown]
    public void StopHost() => _host.Dispose();

    private async Task<Opened> Open(string externalId, string text, string itemCode, string address)
    {
        var order = await _host.Api.PostOk("/api/inbox", Api.WorkOrder(externalId, text, address: address), HttpStatusCode.Created);
        var opened = await _host.Api.PostOk($"/api/inbox/{order["id"]}/accept",
            new { itemCode, overrideReason = "测试：指定事项" }, HttpStatusCode.Created);
        return new Opened(order["id"]!.GetValue<string>(), opened["caseId"]!.GetValue<string>());
    }

    [Test]
    public async Task A_housing_liaison_sees_its_joint_case_and_neither_another_departments_joint_case_nor_a_dispatched_case()
    {
        var liaison = new Api(await _host.UserAsync("liaison.housing", [Roles.Liaison], department: "housing"));
        var cases = (await liaison.GetOk("/api/cases")).AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList();
        var inbox = (await liaison.GetOk("/api/inbox")).AsArray().Select(w => w!["id"]!.GetValue<string>()).ToList();
        var own = await liaison.GetOk($"/api/cases/{_housing.CaseId}");
        var fireCase = (await liaison.Get($"/api/cases/{_fire.CaseId}")).Status;
        var dispatchedCase = (await liaison.Get($"/api/cases/{_cityManagement.CaseId}")).Status;
        var fireOrder = (await liaison.Get($"/api/inbox/{_fire.WorkOrderId}")).Status;
        var dispatchedOrder = (await liaison.Get($"/api/inbox/{_cityManagement.WorkOrderId}")).Status;
        var ownOrder = (await liaison.Get($"/api/inbox/{_housing.WorkOrderId}")).Status;

        Assert.Multiple(() =>
        {
            Assert.That(cases, Is.EqualTo(new[] { _housing.CaseId }));
            Assert.That(inbox, Is.EqualTo(new[] { _housing.WorkOrderId }));
            Assert.That(own["delegationMode"]!.GetValue<string>(), Is.EqualTo("joint"));
            Assert.That(fireCase, Is.EqualTo(HttpStatusCode.NotFound), "joint, but fire-rescue's");
            Assert.That(dispatchedCase, Is.EqualTo(HttpStatusCode.NotFound), "dispatched");
            Assert.That(fireOrder, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(dispatchedOrder, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(ownOrder, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task A_liaison_reads_the_timeline_evidence_and_documents_of_its_own_joint_case_only()
    {
        var (uploaded, photo) = await EvidenceFiles.Upload(_host.Http, _fire.CaseId, EvidenceFiles.Fields(), EvidenceFiles.Photo(EvidenceFiles.Jpeg()));
        Assert.That(uploaded, Is.EqualTo(HttpStatusCode.Created), photo?.ToJsonString());
        var firePhoto = photo!["id"]!.GetValue<string>();
        var liaison = new Api(await _host.UserAsync("liaison.housing3", [Roles.Liaison], department: "housing"));

        string[] ofACase = ["timeline", "evidence", "documents", "documents/inspection-record", "case-file"];
        var own = new Dictionary<string, HttpStatusCode>();
        foreach (var path in ofACase.Take(3)) own[path] = (await liaison.Get($"/api/cases/{_housing.CaseId}/{path}")).Status;
        var others = new List<(string Path, HttpStatusCode Status)>();
        foreach (var caseId in new[] { _fire.CaseId, _cityManagement.CaseId })
            foreach (var path in ofACase)
                others.Add(($"/api/cases/{caseId}/{path}", (await liaison.Get($"/api/cases/{caseId}/{path}")).Status));
        foreach (var path in new[] { $"/api/evidence/{firePhoto}", $"/api/evidence/{firePhoto}/content" })
            others.Add((path, (await liaison.Get(path)).Status));
        var byAdmin = (await _host.Api.Get($"/api/evidence/{firePhoto}")).Status;

        Assert.Multiple(() =>
        {
            Assert.That(own.Values, Is.All.EqualTo(HttpStatusCode.OK), string.Join(", ", own));
            foreach (var (path, status) in others) Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound), path);
            Assert.That(byAdmin, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task A_liaison_cannot_act_on_its_own_case()
    {
        var liaison = new Api(await _host.UserAsync("liaison.housing2", [Roles.Liaison], department: "housing"));
        var (status, body) = await liaison.Post($"/api/cases/{_housing.CaseId}/dispatch", new { officers = new[] { "甲", "乙" } });
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(body!["detail"]!.GetValue<string>(), Does.Contain("无权"));
        });
    }

    [Test]
    public async Task Each_action_a_case_allows_says_whether_the_caller_may_take_it()
    {
        var opened = await Open("R-MARKS", "小区楼道里电动车充电，安全出口被堵", "XF-TD-002", "南苑街道乐山路7号");
        var dispatcher = new Api(await _host.UserAsync("dispatcher.marks", [Roles.Dispatcher]));
        var before = Marks(await dispatcher.GetOk($"/api/cases/{opened.CaseId}"));
        var crew = await Crew.DispatchAsync(_host, opened.CaseId, dispatcher);
        var assigned = new Api(await _host.UserAsync("officer.marks", [Roles.Officer], badge: crew[0]));
        var other = new Api(await _host.UserAsync("officer.other", [Roles.Officer], badge: "NY-099"));
        var commander = new Api(await _host.UserAsync("commander.marks", [Roles.Commander]));

        var byAssigned = Marks(await assigned.GetOk($"/api/cases/{opened.CaseId}"));
        var byOther = Marks(await other.GetOk($"/api/cases/{opened.CaseId}"));
        var inList = Marks((await assigned.GetOk("/api/cases")).AsArray().First(c => (string)c!["id"]! == opened.CaseId)!);
        var byCommander = Marks(await commander.GetOk($"/api/cases/{opened.CaseId}"));
        var byDispatcher = Marks(await dispatcher.GetOk($"/api/cases/{opened.CaseId}"));

        Assert.Multiple(() =>
        {
            Assert.That(before["dispatch"], Is.True);
            Assert.That(before["major"], Is.False, "marking a case major is an officer's or the commander's");
            Assert.That(byAssigned.Keys, Is.EquivalentTo(byOther.Keys), "the case allows the same steps whoever asks");
            Assert.That(byAssigned["arrival"], Is.True, "the officer sent");
            Assert.That(byOther["arrival"], Is.False, "an officer not sent to this case");
            Assert.That(byDispatcher["arrival"], Is.False);
            Assert.That(byCommander.Values, Is.All.True, "the commander directs every case");
            Assert.That(inList, Is.EqualTo(byAssigned), "the list marks them as the case does");
        });
    }

    [Test]
    public async Task An_officer_not_sent_to_a_case_is_refused_with_the_reason()
    {
        var opened = await Open("R-OTHER", "小区消防通道被私家车堵死", "XF-TD-002", "南苑街道乐山路9号");
        var crew = await Crew.DispatchAsync(_host, opened.CaseId);
        var otherHttp = await _host.UserAsync("officer.notsent", [Roles.Officer], badge: "NY-098");
        var other = new Api(otherHttp);
        var noBadge = new Api(await _host.UserAsync("officer.nobadge", [Roles.Officer]));
        var sent = new Api(await _host.UserAsync("officer.sent", [Roles.Officer], badge: crew[1]));
        var arrival = new { latitude = 31.99, longitude = 118.72, address = "南苑街道乐山路9号" };

        var (byOther, otherBody) = await other.Post($"/api/cases/{opened.CaseId}/arrival", arrival);
        var (byNoBadge, noBadgeBody) = await noBadge.Post($"/api/cases/{opened.CaseId}/arrival", arrival);
        var (upload, _) = await EvidenceFiles.Upload(otherHttp, opened.CaseId, EvidenceFiles.Fields(), EvidenceFiles.Photo(EvidenceFiles.Jpeg()));
        var bySent = await sent.PostOk($"/api/cases/{opened.CaseId}/arrival", arrival);

        Assert.Multiple(() =>
        {
            Assert.That(byOther, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((string)otherBody!["detail"]!, Does.Contain("NY-098").And.Contain("不是案件"));
            Assert.That(byNoBadge, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((string)noBadgeBody!["detail"]!, Does.Contain("未关联执法证号"));
            Assert.That(upload, Is.EqualTo(HttpStatusCode.Forbidden), "evidence too is taken by the officers of the case");
            Assert.That((string)bySent["status"]!, Is.EqualTo("on-site"));
        });
    }

    [Test]
    public async Task An_account_without_a_badge_acts_as_the_roster_officer_linked_to_its_sign_in_name()
    {
        var opened = await Open("R-LINKED", "单元楼道堆满杂物，堵住疏散通道", "XF-TD-002", "南苑街道乐山路11号");
        var department = (string)(await _host.Api.GetOk($"/api/cases/{opened.CaseId}"))["department"]!;
        await Roster.Register(_host, "LINKED-1", "孙立", username: "officer.linked");
        await Roster.Certify(_host, "LINKED-1", "ZFLINKED-1", [department]);
        await Roster.Acknowledge(_host, "LINKED-1");
        await Roster.Qualified(_host, "LINKED-2", "钱进", "ZFLINKED-2", department);
        await _host.Api.PostOk($"/api/cases/{opened.CaseId}/dispatch", new { officers = new[] { "LINKED-1", "LINKED-2" } });
        var linked = new Api(await _host.UserAsync("officer.linked", [Roles.Officer]));

        var arrived = await linked.PostOk($"/api/cases/{opened.CaseId}/arrival", new { address = "南苑街道乐山路11号" });
        Assert.That((string)arrived["status"]!, Is.EqualTo("on-site"));
    }

    private static Dictionary<string, bool> Marks(JsonNode c) =>
        c["actions"]!.AsArray().ToDictionary(a => (string)a!["code"]!, a => (bool)a!["permitted"]!);

    [Test]
    public async Task A_dispatcher_sees_every_case()
    {
        var dispatcher = new Api(await _host.UserAsync("dispatcher.all", [Roles.Dispatcher]));
        var cases = (await dispatcher.GetOk("/api/cases")).AsArray().Select(c => c!["id"]!.GetValue<string>());
        Assert.That(cases, Is.SupersetOf(new[] { _housing.CaseId, _fire.CaseId, _cityManagement.CaseId }));
    }

    [Test]
    public async Task An_auditor_reads_the_record_and_cannot_deliver_a_work_order()
    {
        var auditor = new Api(await _host.UserAsync("auditor.sun", [Roles.Auditor]));
        var (posted, _) = await auditor.Post("/api/inbox", Api.WorkOrder("R-AUDITOR", "噪音扰民"));
        var verify = await auditor.GetOk("/api/audit/verify");
        Assert.Multiple(() =>
        {
            Assert.That(posted, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(verify["intact"]!.GetValue<bool>(), Is.True);
        });
    }

    [Test]
    public async Task Only_the_district_changes_delegations_and_only_the_administrator_manages_users()
    {
        var district = new Api(await _host.UserAsync("district.qian", [Roles.DistrictAdmin]));
        var commander = new Api(await _host.UserAsync("commander.zhou", [Roles.Commander]));
        var change = new
        {
            itemCode = "CG-ZT-001", mode = "joint", effectiveFrom = "2026-12-01", documentNumber = "建综执〔2026〕3号", reason = "测试",
        };
        var (byCommander, _) = await commander.Post("/api/delegations", change);
        var (byDistrict, _) = await district.Post("/api/delegations", change);
        var (usersByCommander, _) = await commander.Get("/api/users");
        var (keysByDistrict, _) = await district.Post("/api/channel-keys", new { channel = "12345", name = "越权" });
        Assert.Multiple(() =>
        {
            Assert.That(byCommander, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(byDistrict, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(usersByCommander, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(keysByDistrict, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [Test]
    public async Task An_officer_acts_on_cases_but_does_not_triage()
    {
        var officer = new Api(await _host.UserAsync("officer.he", [Roles.Officer], badge: "32010009"));
        var (accept, _) = await officer.Post($"/api/inbox/{_cityManagement.WorkOrderId}/accept", new { itemCode = "CG-YY-001" });
        var me = await officer.GetOk("/api/auth/me");
        Assert.Multiple(() =>
        {
            Assert.That(accept, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(me["badge"]!.GetValue<string>(), Is.EqualTo("32010009"));
        });
    }

    [Test]
    public async Task The_record_names_the_signed_in_user_who_acted()
    {
        var dispatcher = new Api(await _host.UserAsync("dispatcher.ma", [Roles.Dispatcher]));
        await Crew.DispatchAsync(_host, _fire.CaseId, dispatcher);
        var record = (await _host.Api.GetOk($"/api/audit?entityType=case&entityId={_fire.CaseId}")).AsArray();
        Assert.That(Actor(record, "dispatch"), Is.EqualTo("dispatcher.ma"));
        Assert.That(Actor(record, "opened"), Is.EqualTo("admin"));
    }

    private static string Actor(JsonArray record, string action) =>
        record.Single(e => e!["action"]!.GetValue<string>() == action)!["actor"]!.GetValue<string>();
}
