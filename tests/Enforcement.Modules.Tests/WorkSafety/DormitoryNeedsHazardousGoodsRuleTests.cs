using Enforcement.Modules.WorkSafety.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.WorkSafety;

public sealed class DormitoryNeedsHazardousGoodsRuleTests
{
    private const string Violation = "存在场所安全违法行为";
    private const string Hazardous = "生产、经营、储存或者使用危险物品";
    private readonly DormitoryNeedsHazardousGoodsRule _rule = new();

    [Test]
    public void Applies_to_the_dormitory_item_only()
    {
        Assert.That(_rule.AppliesTo("AJ-CS-001"), Is.True);
        Assert.That(_rule.AppliesTo("AJ-CS-002"), Is.False);
    }

    [Test]
    public void Without_dangerous_goods_the_clause_does_not_apply() =>
        Assert.That(_rule.Check(WorkSafetyData.Of(new { finding = Violation, goods = "不涉及危险物品", dormitory = "与员工宿舍在同一座建筑内" }))
            .Select(e => e.Field), Is.EqualTo(new[] { "goods" }));

    [Test]
    public void A_finding_needs_the_dormitory_in_the_building_or_too_close() =>
        Assert.That(_rule.Check(WorkSafetyData.Of(new { finding = Violation, goods = Hazardous, dormitory = "无员工宿舍" }))
            .Select(e => e.Field), Is.EqualTo(new[] { "dormitory" }));

    [TestCase("与员工宿舍在同一座建筑内")]
    [TestCase("与员工宿舍距离不符合安全要求")]
    public void A_complete_finding_passes(string dormitory) =>
        Assert.That(_rule.Check(WorkSafetyData.Of(new { finding = Violation, goods = Hazardous, dormitory })), Is.Empty);

    [Test]
    public void No_violation_is_not_judged() =>
        Assert.That(_rule.Check(WorkSafetyData.Of(new { finding = "现场未发现违法行为", goods = "不涉及危险物品" })), Is.Empty);
}
