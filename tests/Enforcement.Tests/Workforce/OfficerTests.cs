using Enforcement.Shared.Primitives;
using System.Net;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Workforce;

[NonParallelizable]
public sealed class OfficerTests
{
    [Test]
    public async Task A_registered_officer_shows_unit_role_duty_certificate_and_acknowledgement()
    {
        using var host = new TestHost();
        var registered = await Roster.Register(host, "ny-001", "张三", unit: "city-management", username: "zhangsan", role: "shift-lead");
        Assert.Multiple(() =>
        {
            Assert.That(registered["badge"]!.GetValue<string>(), Is.EqualTo("NY-001"), "badges are kept upper-case");
            Assert.That(registered["unitName"]!.GetValue<string>(), Is.EqualTo("城市管理局"));
            Assert.That(registered["roleName"]!.GetValue<string>(), Is.EqualTo("带班"));
            Assert.That(registered["duty"]!["status"]!.GetValue<string>(), Is.EqualTo("off-duty"));
            Assert.That(registered["duty"]!["statusName"]!.GetValue<string>(), Is.EqualTo("离岗"));
            Assert.That(registered["duty"]!["since"]!.GetValue<DateTimeOffset>(), Is.EqualTo(TestHost.Start));
            Assert.That(registered["certificate"], Is.Null);
            Assert.That(registered["acknowledgedCurrent"]!.GetValue<bool>(), Is.False);
            Assert.That(registered["active"]!.GetValue<bool>(), Is.True);
        });

        await Roster.Certify(host, "NY-001", "JZ-320105-0001", ["city-management", "environment"]);
        host.Advance(TimeSpan.FromMinutes(5));
        await Roster.Acknowledge(host, "NY-001");
        await host.Api.PostOk("/api/officers/NY-001/duty", new { status = "on-duty" });
        await Roster.Register(host, "NY-002", "李四");

        var officer = await host.Api.GetOk("/api/officers/ny-001");
        var roster = (await host.Api.GetOk("/api/officers")).AsArray();
        var onDuty = (await host.Api.GetOk("/api/officers?duty=on-duty")).AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(officer["certificate"]!["number"]!.GetValue<string>(), Is.EqualTo("JZ-320105-0001"));
            Assert.That(officer["certificate"]!["fields"]!.AsArray().Select(f => f!.GetValue<string>()), Is.EqualTo(new[] { "city-management", "environment" }));
            Assert.That(officer["certificate"]!["validUntil"]!.GetValue<string>(), Is.EqualTo("2029-06-30"));
            Assert.That(officer["certificate"]!["valid"]!.GetValue<bool>(), Is.True);
            Assert.That(officer["acknowledgedCurrent"]!.GetValue<bool>(), Is.True);
            Assert.That(officer["acknowledgedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(TestHost.Start.AddMinutes(5)));
            Assert.That(officer["duty"]!["statusName"]!.GetValue<string>(), Is.EqualTo("在岗"));
            Assert.That(roster.Select(o => o!["badge"]!.GetValue<string>()), Is.EqualTo(new[] { "NY-001", "NY-002" }));
            Assert.That(roster[1]!["unitName"]!.GetValue<string>(), Is.EqualTo("综合行政执法大队"));
            Assert.That(roster[1]!["roleName"]!.GetValue<string>(), Is.EqualTo("执法队员"));
            Assert.That(onDuty.Select(o => o!["badge"]!.GetValue<string>()), Is.EqualTo(new[] { "NY-001" }));
        });
    }

    [Test]
    public async Task Bad_or_duplicate_entries_are_refused_in_Chinese_and_change_nothing()
    {
        using var host = new TestHost();
        await Roster.Register(host, "NY-001", "张三", username: "zhangsan");
        await Roster.Certify(host, "NY-001", "JZ-0001", ["city-management"]);

        var (badUnit, badUnitBody) = await host.Api.Post("/api/officers", new { badge = "NY-002", name = "李四", unit = "no-such-department", role = "captain" });
        var (noName, _) = await host.Api.Post("/api/officers", new { badge = "NY 002", unit = "brigade" });
        var (sameBadge, sameBadgeBody) = await host.Api.Post("/api/officers", new { badge = "ny-001", name = "张三二", unit = "brigade" });
        var (sameUser, sameUserBody) = await host.Api.Post("/api/officers", new { badge = "NY-003", name = "王五", unit = "brigade", username = "zhangsan" });
        var (sameCert, sameCertBody) = await host.Api.Post("/api/officers/NY-001/certificates",
            new { number = "JZ-0001", fields = new[] { "environment" }, issuedOn = "2025-01-01", validUntil = "2030-01-01", issuingAuthority = "区政府" });
        var (badCert, badCertBody) = await host.Api.Post("/api/officers/NY-001/certificates",
            new { number = "JZ-0009", fields = new[] { "mars" }, issuedOn = "2025-01-01", validUntil = "2024-01-01" });
        var (noOne, noOneBody) = await host.Api.Get("/api/officers/NY-404");
        var (noOneDuty, _) = await host.Api.Post("/api/officers/NY-404/duty", new { status = "on-duty" });
        var (badDuty, badDutyBody) = await host.Api.Post("/api/officers/NY-001/duty", new { status = "asleep" });
        var (notJson, notJsonBody) = await host.Api.Post("/api/officers", "not an object");
        var roster = (await host.Api.GetOk("/api/officers")).AsArray();

        Assert.Multiple(() =>
        {
            Assert.That((int)badUnit, Is.EqualTo(422));
            Assert.That(badUnitBody!["errors"]!["unit"]![0]!.GetValue<string>(), Does.Contain("brigade").And.Contain("city-management"));
            Assert.That(badUnitBody["errors"]!["role"]![0]!.GetValue<string>(), Does.Contain("政委"));
            Assert.That((int)noName, Is.EqualTo(422));
            Assert.That(sameBadge, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(sameBadgeBody!["detail"]!.GetValue<string>(), Does.Contain("编号 NY-001 已在执法人员名册中"));
            Assert.That(sameUser, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(sameUserBody!["detail"]!.GetValue<string>(), Does.Contain("登录名 zhangsan"));
            Assert.That(sameCert, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(sameCertBody!["detail"]!.GetValue<string>(), Does.Contain("执法证号 JZ-0001 已登记在执法人员 NY-001 名下"));
            Assert.That((int)badCert, Is.EqualTo(422));
            Assert.That(badCertBody!["errors"]!.AsObject().Select(e => e.Key), Is.EquivalentTo(new[] { "fields", "validUntil", "issuingAuthority" }));
            Assert.That(noOne, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(noOneBody!["detail"]!.GetValue<string>(), Is.EqualTo("执法人员名册中没有编号为 NY-404 的人员"));
            Assert.That(noOneDuty, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((int)badDuty, Is.EqualTo(422));
            Assert.That(badDutyBody!["errors"]!["status"]![0]!.GetValue<string>(), Does.Contain("on-leave（请假）"));
            Assert.That(notJson, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(notJsonBody!["detail"]!.GetValue<string>(), Does.Contain("JSON"));
            Assert.That(roster.Count, Is.EqualTo(1));
            Assert.That(roster[0]!["certificates"]!.AsArray().Count, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task An_officer_who_leaves_is_deactivated_not_deleted_and_every_change_is_recorded()
    {
        using var host = new TestHost();
        var keeper = new Api(await host.UserAsync("roster-keeper", [Roles.Commander]));
        await keeper.PostOk("/api/officers", new { badge = "NY-007", name = "周七", unit = "brigade" }, HttpStatusCode.Created);
        await keeper.PostOk("/api/officers/NY-007/certificates", new { number = "JZ-0007", fields = new[] { "environment" }, issuedOn = "2024-07-01", validUntil = "2029-06-30", issuingAuthority = "南京市建邺区人民政府" }, HttpStatusCode.Created);
        await keeper.PostOk("/api/officers/NY-007/duty", new { status = "on-duty" });
        await keeper.PostOk("/api/officers/NY-007/interests", new { party = "兴隆大街烧烤店", reason = "店主系其表兄" }, HttpStatusCode.Created);
        var (noReason, _) = await keeper.Post("/api/officers/NY-007/deactivate", new { });
        var (noInterest, noInterestBody) = await keeper.Post("/api/officers/NY-007/interests", new { reason = "亲属" });
        var revoked = await keeper.PostOk("/api/officers/NY-007/certificates/JZ-0007/revoke", new { reason = "调离执法岗位" });
        var (revokedAgain, _) = await keeper.Post("/api/officers/NY-007/certificates/JZ-0007/revoke", new { reason = "再次" });
        var (noSuchCert, _) = await keeper.Post("/api/officers/NY-007/certificates/JZ-9999/revoke", new { reason = "无" });
        var left = await keeper.PostOk("/api/officers/NY-007/deactivate", new { reason = "调离大队" });
        var (again, againBody) = await keeper.Post("/api/officers/NY-007/deactivate", new { reason = "调离大队" });
        var (dutyAfter, _) = await keeper.Post("/api/officers/NY-007/duty", new { status = "on-duty" });

        var still = await host.Api.GetOk("/api/officers/NY-007");
        var inactive = (await host.Api.GetOk("/api/officers?active=false")).AsArray();
        var record = (await host.Api.GetOk("/api/audit?entityType=officer&entityId=NY-007")).AsArray();
        Assert.Multiple(() =>
        {
            Assert.That((int)noReason, Is.EqualTo(422));
            Assert.That((int)noInterest, Is.EqualTo(422));
            Assert.That(noInterestBody!["errors"]!["party"]![0]!.GetValue<string>(), Does.Contain("至少一项"));
            Assert.That(revoked["certificate"]!["valid"]!.GetValue<bool>(), Is.False);
            Assert.That(revoked["certificates"]![0]!["revocationReason"]!.GetValue<string>(), Is.EqualTo("调离执法岗位"));
            Assert.That(revokedAgain, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(noSuchCert, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(left["active"]!.GetValue<bool>(), Is.False);
            Assert.That(left["duty"]!["status"]!.GetValue<string>(), Is.EqualTo("off-duty"));
            Assert.That(left["deactivation"]!["reason"]!.GetValue<string>(), Is.EqualTo("调离大队"));
            Assert.That(again, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(againBody!["detail"]!.GetValue<string>(), Does.Contain("已于 2026-11-27 停用"));
            Assert.That(dutyAfter, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(still["name"]!.GetValue<string>(), Is.EqualTo("周七"));
            Assert.That(still["interests"]![0]!["party"]!.GetValue<string>(), Is.EqualTo("兴隆大街烧烤店"));
            Assert.That(still["interests"]![0]!["recordedBy"]!.GetValue<string>(), Is.EqualTo("roster-keeper"));
            Assert.That(inactive.Select(o => o!["badge"]!.GetValue<string>()), Is.EqualTo(new[] { "NY-007" }));
            Assert.That(record.Select(e => e!["action"]!.GetValue<string>()), Is.EqualTo(new[]
            {
                "officer-registered", "certificate-issued", "duty-changed", "interest-recorded", "certificate-revoked", "officer-deactivated",
            }));
            Assert.That(record.Select(e => e!["actor"]!.GetValue<string>()), Has.All.EqualTo("roster-keeper"));
            Assert.That(record.Last()!["after"]!.GetValue<string>(), Does.Contain("\"active\":false").And.Contain("调离大队"));
        });
    }
}
