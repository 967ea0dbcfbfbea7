using Enforcement.Modules.CityManagement.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.CityManagement;

public class ManholeOwnerRuleTests
{
    private readonly ManholeOwnerRule _rule = new();
    private const string Violation = "现场存在违反城市道路管理规定的行为";

    [Test]
    public void Applies_only_to_the_manhole_cover_item()
    {
        Assert.That(_rule.AppliesTo("CG-DL-005"), Is.True);
        Assert.That(_rule.AppliesTo("CG-DL-004"), Is.False);
    }

    [Test]
    public void A_finding_without_the_owner_is_refused() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation })).Single().Field, Is.EqualTo("owner"));

    [Test]
    public void A_blank_owner_is_refused() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, owner = "  " })), Is.Not.Empty);

    [Test]
    public void A_finding_naming_the_owner_passes() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, owner = "市自来水公司" })), Is.Empty);

    [Test]
    public void No_violation_needs_no_owner() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = "现场未发现违法行为" })), Is.Empty);
}
