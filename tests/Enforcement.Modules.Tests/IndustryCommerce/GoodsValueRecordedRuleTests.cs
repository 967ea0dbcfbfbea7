using Enforcement.Modules.IndustryCommerce.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.IndustryCommerce;

public sealed class GoodsValueRecordedRuleTests
{
    private const string Violation = "现场存在违法销售或过度包装行为";
    private readonly GoodsValueRecordedRule _rule = new();

    [TestCase("GS-DQ-001", true)]
    [TestCase("GS-DQ-004", true)]
    [TestCase("GS-JD-001", true)]
    [TestCase("GS-BZ-001", false)]   // a fixed band
    [TestCase("GS-XF-001", false)]
    public void AppliesWhereTheFineIsAMultipleOfTheGoodsValue(string code, bool applies) =>
        Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void AFiledCaseWithoutTheGoodsValueIsRefused()
    {
        var errors = _rule.Check(ResultData.Of(new { finding = Violation, measure = "立案调查" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "goodsValue" }));
    }

    [Test]
    public void AFiledCaseWithTheGoodsValuePasses() =>
        Assert.That(_rule.Check(ResultData.Of(new { finding = Violation, measure = "立案调查", goodsValue = 4800 })), Is.Empty);

    [TestCase("责令改正")]
    [TestCase("查封、扣押")]
    public void OtherMeasuresNeedNoValueYet(string measure) =>
        Assert.That(_rule.Check(ResultData.Of(new { finding = Violation, measure })), Is.Empty);
}
