using Enforcement.Modules.FireRescue.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.FireRescue;

public sealed class ResidenceFindingRuleTests
{
    private readonly ResidenceFindingRule _rule = new();

    [TestCase("XF-JZ-001", true)]
    [TestCase("XF-JZ-002", true)]
    [TestCase("XF-MC-001", false)]
    public void Applies_to_the_premises_and_dwelling_items(string code, bool applies) =>
        Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [TestCase("易燃易爆危险品", "与居住场所设置在同一建筑物内")]
    [TestCase("易燃易爆危险品", "与居住场所未保持安全距离")]
    [TestCase("其他物品", "与居住场所设置在同一建筑物内")]
    public void Findings_the_article_covers_pass(string goods, string residence) =>
        Assert.That(_rule.Check(FireRecord.Of(new { goods, residence, measure = "立案调查" })), Is.Empty);

    [Test]
    public void Distance_alone_is_no_violation_for_other_goods()
    {
        var errors = _rule.Check(FireRecord.Of(new { goods = "其他物品", residence = "与居住场所未保持安全距离", measure = "立案调查" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "residence" }));
    }

    [Test]
    public void Finding_without_goods_or_a_dwelling_is_refused()
    {
        var errors = _rule.Check(FireRecord.Of(new { goods = "不适用", residence = "不涉及居住场所", measure = "责令停产停业" })).Select(e => e.Field);
        Assert.That(errors, Is.EquivalentTo(new[] { "goods", "residence" }));
    }

    [Test]
    public void No_action_is_not_judged() =>
        Assert.That(_rule.Check(FireRecord.Of(new { goods = "不适用", residence = "不涉及居住场所", measure = "无需处置" })), Is.Empty);
}
