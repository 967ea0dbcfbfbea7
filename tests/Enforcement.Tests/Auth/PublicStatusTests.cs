using System.Net;
using Enforcement.Tests.Cases;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Auth;

/// <summary>The public status lookup by work-order number: no sign-in, and nothing about anyone.</summary>
[NonParallelizable]
public sealed class PublicStatusTests
{
    private const string Name = "李秀英";
    private const string Phone = "13812345678";
    private const string Address = "南苑街道莫愁湖东路66号3单元502室";
    private const string Text = $"我叫{Name}，电话{Phone}，住{Address}，楼下饭店油烟直排，熏得家里没法开窗";

    [Test]
    public async Task A_resident_sees_where_the_complaint_stands_and_no_personal_data()
    {
        using var host = new TestHost();
        var created = await host.Api.PostOk("/api/inbox", Api.WorkOrder("12345-PUBLIC-1", Text, address: Address), HttpStatusCode.Created);
        var number = created["number"]!.GetValue<string>();
        var publicApi = new Api(host.Anonymous);

        var received = await publicApi.GetOk($"/api/public/complaints/{number}");
        Assert.Multiple(() =>
        {
            Assert.That(received["number"]!.GetValue<string>(), Is.EqualTo(number));
            Assert.That(received["channelName"]!.GetValue<string>(), Is.EqualTo("12345热线"));
            Assert.That(received["receivedOn"]!.GetValue<string>(), Is.EqualTo("2026-11-27"));
            Assert.That(received["statusName"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(received["case"], Is.Null);
        });

        var caseId = await CaseFlow.OpenAndDispatch(host, await host.Api.GetOk($"/api/inbox/{created["id"]}"), "HB-YY-002");
        host.Advance(TimeSpan.FromMinutes(10));
        await CaseFlow.Arrive(host, caseId);
        var dispatched = await publicApi.GetOk($"/api/public/complaints/{number.ToLowerInvariant()}");
        var json = dispatched.ToJsonString();
        Assert.Multiple(() =>
        {
            Assert.That(dispatched["status"]!.GetValue<string>(), Is.EqualTo("case-opened"));
            Assert.That(dispatched["itemName"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(dispatched["case"]!["dispatchedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(TestHost.Start));
            Assert.That(dispatched["case"]!["arrivedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(TestHost.Start.AddMinutes(10)));
            Assert.That(dispatched["case"]!["closed"]!.GetValue<bool>(), Is.False);
            foreach (var personal in new[] { Name, Phone, "莫愁湖", "502", "油烟直排", "兴隆大街", "王建国", "32010001" })
                Assert.That(json, Does.Not.Contain(personal), "the lookup shows no one's personal data and no free text");
        });
    }

    [Test]
    public async Task Only_an_exact_number_is_found()
    {
        using var host = new TestHost();
        var created = await host.Api.PostOk("/api/inbox", Api.WorkOrder("12345-PUBLIC-2", "噪音扰民"), HttpStatusCode.Created);
        var number = created["number"]!.GetValue<string>();
        var publicApi = new Api(host.Anonymous);
        var (prefix, problem) = await publicApi.Get($"/api/public/complaints/{number[..^1]}");
        var (wildcard, _) = await publicApi.Get($"/api/public/complaints/{number[..^1]}%25");
        var (guid, _) = await publicApi.Get($"/api/public/complaints/{created["id"]}");
        Assert.Multiple(() =>
        {
            Assert.That(prefix, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(problem!["detail"]!.GetValue<string>(), Does.Contain("没有这个编号的工单"));
            Assert.That(wildcard, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(guid, Is.EqualTo(HttpStatusCode.NotFound), "the internal id is not a number");
        });
    }

    [Test]
    public async Task Asking_too_often_is_slowed_down()
    {
        using var host = new TestHost();
        var publicApi = new Api(host.Anonymous);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 31; i++) statuses.Add((await publicApi.Get($"/api/public/complaints/GD20261127-{i:X8}")).Status);
        Assert.Multiple(() =>
        {
            Assert.That(statuses.Take(30), Has.All.EqualTo(HttpStatusCode.NotFound));
            Assert.That(statuses.Last(), Is.EqualTo(HttpStatusCode.TooManyRequests));
        });
    }
}
