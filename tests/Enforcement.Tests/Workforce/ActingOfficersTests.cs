using System.Net;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Workforce;

/// <summary>CheckActingOfficers over the bus, as the penalty procedure asks it, against a roster entered through the API.</summary>
[NonParallelizable]
public sealed class ActingOfficersTests
{
    [Test]
    public async Task Two_certified_officers_who_acknowledged_the_rules_may_act_and_are_named_with_their_certificates()
    {
        using var host = new TestHost();
        await Roster.Qualified(host, "NY-001", "张三", "JZ-0001");
        await Roster.Qualified(host, "NY-002", "李四", "JZ-0002", "environment", "city-management");

        var check = await Roster.Check(host, ["NY-001", "ny-002"], party: "兴隆大街烧烤店", caseId: Guid.NewGuid());
        Assert.Multiple(() =>
        {
            Assert.That(check.Passed, Is.True, string.Join("；", check.Problems));
            Assert.That(check.Officers.Select(o => (o.Badge, o.Name, o.CertificateNumber)),
                Is.EqualTo(new[] { ("NY-001", "张三", (string?)"JZ-0001"), ("NY-002", "李四", (string?)"JZ-0002") }));
        });
    }

    [Test]
    public async Task A_single_officer_is_refused_under_article_42()
    {
        using var host = new TestHost();
        await Roster.Qualified(host, "NY-001", "张三", "JZ-0001");
        var check = await Roster.Check(host, ["NY-001", "NY-001"]);
        Assert.That(check.Problems, Is.EqualTo(new[] { "执法人员不得少于两人（《行政处罚法》第四十二条第一款），本次只有 1 人" }));
    }

    [Test]
    public async Task An_officer_whose_certificate_has_expired_is_refused_by_name()
    {
        using var host = new TestHost();
        await Roster.Qualified(host, "NY-001", "张三", "JZ-0001");
        await Roster.Register(host, "NY-003", "王五");
        await Roster.Certify(host, "NY-003", "JZ-0003", ["city-management"], issuedOn: "2021-07-01", validUntil: "2026-06-30");
        await Roster.Acknowledge(host, "NY-003");

        var check = await Roster.Check(host, ["NY-001", "NY-003"]);
        var earlier = await Roster.Check(host, ["NY-001", "NY-003"], on: new DateOnly(2026, 6, 30));
        var officer = await host.Api.GetOk("/api/officers/NY-003");
        Assert.Multiple(() =>
        {
            Assert.That(check.Problems, Has.Count.EqualTo(1));
            Assert.That(check.Problems[0], Does.StartWith("执法人员 NY-003 王五 的执法证已于 2026-06-30 过期"));
            Assert.That(check.Officers.Single(o => o.Badge == "NY-003").CertificateNumber, Is.Null);
            Assert.That(earlier.Passed, Is.True, "on its last day the certificate was still valid");
            Assert.That(officer["certificate"]!["valid"]!.GetValue<bool>(), Is.False);
        });
    }

    [Test]
    public async Task A_certificate_for_other_fields_a_revoked_one_and_a_recusal_are_each_refused()
    {
        using var host = new TestHost();
        var caseId = Guid.NewGuid();
        await Roster.Qualified(host, "NY-001", "张三", "JZ-0001");
        await Roster.Qualified(host, "NY-004", "赵六", "JZ-0004", "environment");
        await Roster.Qualified(host, "NY-005", "钱七", "JZ-0005");
        await Roster.Qualified(host, "NY-006", "孙八", "JZ-0006");
        await host.Api.PostOk("/api/officers/NY-005/certificates/JZ-0005/revoke", new { reason = "违反“十不准”被暂停执法资格" });
        await host.Api.PostOk("/api/officers/NY-006/interests", new { party = "兴隆大街烧烤店", reason = "店主系其表兄" }, HttpStatusCode.Created);
        await host.Api.PostOk("/api/officers/NY-001/interests", new { caseId, reason = "举报人系其配偶" }, HttpStatusCode.Created);

        var wrongField = await Roster.Check(host, ["NY-004", "NY-006"]);
        var revoked = await Roster.Check(host, ["NY-005", "NY-006"], department: "environment");
        var recused = await Roster.Check(host, ["NY-001", "NY-006"], party: "兴隆大街烧烤店", caseId: caseId);
        Assert.Multiple(() =>
        {
            Assert.That(wrongField.Problems, Is.EqualTo(new[]
            {
                "执法人员 NY-004 赵六 的执法证 JZ-0004 未涵盖城市管理局的执法领域，不能办理该部门的事项（《行政处罚法》第四十二条第一款）",
            }));
            Assert.That(revoked.Problems, Has.Some.StartWith("执法人员 NY-005 钱七 的执法证 JZ-0005 已于 2026-11-27 吊销（违反“十不准”被暂停执法资格）"));
            Assert.That(revoked.Problems, Has.Some.StartWith("执法人员 NY-006 孙八 的执法证 JZ-0006 未涵盖生态环境局"));
            Assert.That(recused.Problems, Is.EqualTo(new[]
            {
                "执法人员 NY-001 张三 与本案有利害关系（举报人系其配偶），应当回避（《行政处罚法》第四十三条）",
                "执法人员 NY-006 孙八 与当事人“兴隆大街烧烤店”有利害关系（店主系其表兄），应当回避（《行政处罚法》第四十三条）",
            }));
        });
    }

    [Test]
    public async Task Officers_not_on_the_roster_deactivated_or_without_acknowledgement_are_refused()
    {
        using var host = new TestHost();
        await Roster.Qualified(host, "NY-001", "张三", "JZ-0001");
        await Roster.Qualified(host, "NY-002", "李四", "JZ-0002");
        await Roster.Register(host, "NY-003", "王五");
        await Roster.Certify(host, "NY-003", "JZ-0003", ["city-management"]);
        await host.Api.PostOk("/api/officers/NY-002/deactivate", new { reason = "退休" });

        var check = await Roster.Check(host, ["NY-001", "NY-002", "NY-003", "NY-404"]);
        var unknownDepartment = await Roster.Check(host, ["NY-001", "NY-003"], department: "no-such-department");
        Assert.Multiple(() =>
        {
            Assert.That(check.Problems, Is.EqualTo(new[]
            {
                "执法人员 NY-002 李四 已于 2026-11-27 停用（退休），不能执法",
                "执法人员 NY-003 王五 尚未确认“十不准”（大队规定：确认后方可执法）",
                "执法人员 NY-404 不在执法人员名册中",
            }));
            Assert.That(check.Officers.Select(o => o.Badge), Is.EqualTo(new[] { "NY-001", "NY-002", "NY-003" }));
            Assert.That(unknownDepartment.Problems, Has.Some.Contains("部门模块 no-such-department 未加载"));
        });
    }
}
