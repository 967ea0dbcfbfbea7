using Enforcement.Shared.Catalogue;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Shared;

[TestFixture]
public sealed class ChineseNumeralsTests
{
    [TestCase(1, "一")]
    [TestCase(9, "九")]
    [TestCase(10, "十")]
    [TestCase(11, "十一")]
    [TestCase(19, "十九")]
    [TestCase(20, "二十")]
    [TestCase(81, "八十一")]
    [TestCase(100, "一百")]
    [TestCase(105, "一百零五")]
    [TestCase(110, "一百一十")]
    [TestCase(118, "一百一十八")]
    [TestCase(120, "一百二十")]
    [TestCase(999, "九百九十九")]
    public void Formats_article_numbers_as_statutes_write_them(int n, string expected) =>
        Assert.That(ChineseNumerals.Format(n), Is.EqualTo(expected));

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(1000)]
    public void Rejects_numbers_outside_1_to_999(int n) =>
        Assert.That(() => ChineseNumerals.Format(n), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void Legal_basis_cites_article_paragraph_and_clause_in_chinese() =>
        Assert.That(new LegalBasis("大气污染防治法", 118, 3, 2).ToString(), Is.EqualTo("《大气污染防治法》第一百一十八条第三款第（二）项"));
}
