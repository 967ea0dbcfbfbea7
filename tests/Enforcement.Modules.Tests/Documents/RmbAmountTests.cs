using Enforcement.Documents.Layout;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Documents;

[TestFixture]
public sealed class RmbAmountTests
{
    [TestCase(0, "零元整")]
    [TestCase(5, "伍元整")]
    [TestCase(10, "壹拾元整")]
    [TestCase(200, "贰佰元整")]
    [TestCase(500, "伍佰元整")]
    [TestCase(1005, "壹仟零伍元整")]
    [TestCase(3000, "叁仟元整")]
    [TestCase(10500, "壹万零伍佰元整")]
    [TestCase(15000, "壹万伍仟元整")]
    [TestCase(20000, "贰万元整")]
    [TestCase(100010, "壹拾万零壹拾元整")]
    [TestCase(10000500, "壹仟万零伍佰元整")]
    [TestCase(100000001, "壹亿零壹元整")]
    public void Whole_yuan_in_capitals_with_zero_for_every_gap(decimal amount, string expected) =>
        Assert.That(RmbAmount.Capitals(amount), Is.EqualTo(expected));

    [TestCase(500.5, "伍佰元伍角整")]
    [TestCase(500.05, "伍佰元零伍分")]
    [TestCase(500.55, "伍佰元伍角伍分")]
    [TestCase(0.5, "伍角整")]
    public void Jiao_and_fen(decimal amount, string expected) => Assert.That(RmbAmount.Capitals(amount), Is.EqualTo(expected));

    [Test]
    public void Figures_have_thousands_separators_and_two_decimals()
    {
        Assert.That(RmbAmount.Figures(5000m), Is.EqualTo("5,000.00"));
        Assert.That(RmbAmount.Figures(200m), Is.EqualTo("200.00"));
    }

    [Test]
    public void A_negative_amount_is_refused() =>
        Assert.That(() => RmbAmount.Capitals(-1m), Throws.TypeOf<ArgumentOutOfRangeException>());
}
