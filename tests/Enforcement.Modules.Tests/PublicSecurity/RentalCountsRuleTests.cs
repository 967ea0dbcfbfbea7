using Enforcement.Modules.PublicSecurity.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.PublicSecurity;

public sealed class RentalCountsRuleTests
{
    private readonly RentalCountsRule _rule = new();
    private const string Violation = "出租人未按规定登记承租人或将房屋出租给无身份证件的人居住";

    [Test]
    public void Applies_only_to_the_rental_item() =>
        Assert.Multiple(() =>
        {
            Assert.That(_rule.AppliesTo("ZA-CZ-001"), Is.True);
            Assert.That(_rule.AppliesTo("ZA-ZS-001"), Is.False);
        });

    [Test]
    public void A_count_within_the_occupants_passes() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, tenants = 8, unregistered = 5 })), Is.Empty);

    [TestCase(0)]
    [TestCase(null)]
    public void A_violation_needs_at_least_one_unregistered_tenant(int? unregistered) =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, tenants = 8, unregistered })).Single().Field, Is.EqualTo("unregistered"));

    [Test]
    public void More_unregistered_than_occupants_is_refused() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, tenants = 3, unregistered = 5 })).Single().Message, Does.Contain("超过"));

    [Test]
    public void No_violation_needs_no_count() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = "现场未发现违法行为" })), Is.Empty);
}
