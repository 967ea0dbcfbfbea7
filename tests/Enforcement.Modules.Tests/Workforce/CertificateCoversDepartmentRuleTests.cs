using NUnit.Framework;
using Enforcement.Workforce.ActingOfficers.Rules;
using static Enforcement.Modules.Tests.Workforce.RosterData;

namespace Enforcement.Modules.Tests.Workforce;

[TestFixture]
public sealed class CertificateCoversDepartmentRuleTests
{
    private readonly CertificateCoversDepartmentRule _rule = new();

    [Test]
    public void A_valid_certificate_covering_the_department_passes() =>
        Assert.That(_rule.Check(Officer().WithCertificate("JZ-0001", new(2024, 7, 1), new(2029, 6, 30), "environment", "city-management"), Matter()), Is.Null);

    [Test]
    public void A_valid_certificate_for_other_fields_is_refused_naming_the_department()
    {
        var officer = Officer().WithCertificate("JZ-0001", new(2024, 7, 1), new(2029, 6, 30), "environment");
        Assert.That(_rule.Check(officer, Matter()), Does.StartWith("执法人员 NY-003 王五 的执法证 JZ-0001 未涵盖城市管理局的执法领域"));
    }

    [Test]
    public void Only_a_valid_certificate_counts_for_the_fields()
    {
        // The expired one covered the field; the valid one does not.
        var officer = Officer().WithCertificate("JZ-0001", new(2021, 7, 1), new(2026, 6, 30), "city-management")
            .WithCertificate("JZ-0101", new(2026, 7, 1), new(2031, 6, 30), "environment");
        Assert.That(_rule.Check(officer, Matter()), Does.Contain("JZ-0101 未涵盖"));
    }

    [Test]
    public void Silent_when_no_certificate_is_valid_as_the_validity_rule_reports_that() =>
        Assert.That(_rule.Check(Officer().WithCertificate("JZ-0001", new(2021, 7, 1), new(2026, 6, 30), "environment"), Matter()), Is.Null);
}
