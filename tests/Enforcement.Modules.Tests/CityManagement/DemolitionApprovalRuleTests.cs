using Enforcement.Modules.CityManagement.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.CityManagement;

public class DemolitionApprovalRuleTests
{
    private readonly DemolitionApprovalRule _rule = new();
    private const string Violation = "现场存在拆除或损坏环境卫生设施行为";

    [Test]
    public void Applies_only_to_the_demolition_item()
    {
        Assert.That(_rule.AppliesTo("CG-SR-011"), Is.True);
        Assert.That(_rule.AppliesTo("CG-SR-012"), Is.False);
    }

    [TestCase("未经批准")]
    [TestCase("已批准但未按拆迁方案")]
    public void Unlawful_demolition_passes(string approval) =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, approval })), Is.Empty);

    [TestCase("已批准并按方案拆迁")]
    [TestCase("不适用（损坏）")]
    public void A_finding_with_lawful_or_no_demolition_is_refused(string approval) =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, approval })).Single().Field, Is.EqualTo("approval"));

    [Test]
    public void A_finding_without_the_approval_status_is_refused() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation })).Single().Message, Does.Contain("审批"));

    [Test]
    public void No_violation_needs_no_approval_status() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = "现场未发现违法行为" })), Is.Empty);
}
