using NUnit.Framework;
using Enforcement.Workforce.ActingOfficers.Rules;
using static Enforcement.Modules.Tests.Workforce.RosterData;

namespace Enforcement.Modules.Tests.Workforce;

/// <summary>行政处罚法 第四十二条第一款: 行政处罚应当由具有行政执法资格的执法人员实施.</summary>
[TestFixture]
public sealed class CertificateValidRuleTests
{
    private readonly CertificateValidRule _rule = new();

    [Test]
    public void A_certificate_valid_on_the_day_passes() =>
        Assert.That(_rule.Check(Officer().WithCertificate("JZ-0001", new(2024, 7, 1), new(2029, 6, 30)), Matter()), Is.Null);

    [Test]
    public void The_first_and_the_last_day_of_validity_count()
    {
        var officer = Officer().WithCertificate("JZ-0001", Day, Day);
        Assert.That(_rule.Check(officer, Matter()), Is.Null);
    }

    [Test]
    public void An_expired_certificate_is_refused_naming_the_officer_and_the_day()
    {
        var officer = Officer().WithCertificate("JZ-0001", new(2021, 7, 1), new(2026, 6, 30));
        Assert.That(_rule.Check(officer, Matter()), Does.StartWith("执法人员 NY-003 王五 的执法证已于 2026-06-30 过期").And.Contain("第四十二条"));
    }

    [Test]
    public void A_day_after_the_last_day_is_expired() =>
        Assert.That(_rule.Check(Officer().WithCertificate("JZ-0001", new(2021, 7, 1), Day.AddDays(-1)), Matter()), Does.Contain("过期"));

    [Test]
    public void A_certificate_revoked_on_or_before_the_day_is_refused()
    {
        // Revoked at 10:00 local on the day itself (02:00 UTC): no longer valid that day.
        var officer = Officer().WithCertificate("JZ-0001", new(2024, 7, 1), new(2029, 6, 30))
            .Revoked("JZ-0001", new DateTime(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc), "违纪");
        Assert.That(_rule.Check(officer, Matter()), Does.Contain("执法证 JZ-0001 已于 2026-11-27 吊销（违纪）"));
    }

    [Test]
    public void A_certificate_revoked_later_was_valid_on_an_earlier_day()
    {
        var officer = Officer().WithCertificate("JZ-0001", new(2024, 7, 1), new(2029, 6, 30))
            .Revoked("JZ-0001", new DateTime(2026, 12, 5, 2, 0, 0, DateTimeKind.Utc), "违纪");
        Assert.That(_rule.Check(officer, Matter()), Is.Null);
    }

    [Test]
    public void A_revocation_late_in_the_evening_counts_on_the_local_day()
    {
        // 2026-11-26 17:00 UTC is 2026-11-27 01:00 in UTC+8: revoked on the day checked.
        var officer = Officer().WithCertificate("JZ-0001", new(2024, 7, 1), new(2029, 6, 30))
            .Revoked("JZ-0001", new DateTime(2026, 11, 26, 17, 0, 0, DateTimeKind.Utc), "违纪");
        Assert.That(_rule.Check(officer, Matter()), Does.Contain("吊销"));
    }

    [Test]
    public void A_certificate_not_yet_issued_on_the_day_is_refused() =>
        Assert.That(_rule.Check(Officer().WithCertificate("JZ-0002", Day.AddDays(1), new(2031, 6, 30)), Matter()),
            Does.Contain("执法证 JZ-0002 自 2026-11-28 起生效"));

    [Test]
    public void No_certificate_at_all_is_refused() =>
        Assert.That(_rule.Check(Officer(), Matter()), Does.StartWith("执法人员 NY-003 王五 没有执法证"));

    [Test]
    public void A_renewed_certificate_counts_beside_an_expired_one()
    {
        var officer = Officer().WithCertificate("JZ-0001", new(2021, 7, 1), new(2026, 6, 30))
            .WithCertificate("JZ-0101", new(2026, 7, 1), new(2031, 6, 30));
        Assert.That(_rule.Check(officer, Matter()), Is.Null);
    }
}
