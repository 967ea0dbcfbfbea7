using Enforcement.Documents.Layout;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Documents;

[TestFixture]
public sealed class ChineseDateTests
{
    [Test]
    public void Dates_are_written_in_the_Chinese_form_without_leading_zeros()
    {
        Assert.That(ChineseDate.Day(new DateOnly(2026, 1, 5)), Is.EqualTo("2026年1月5日"));
        Assert.That(ChineseDate.Day(new DateOnly(2026, 11, 27)), Is.EqualTo("2026年11月27日"));
    }

    [Test]
    public void A_moment_is_written_on_the_local_UTC_plus_8_calendar()
    {
        var lateEveningUtc = new DateTimeOffset(2026, 11, 26, 17, 5, 0, TimeSpan.Zero);   // 01:05 on the 27th in Nanjing
        Assert.Multiple(() =>
        {
            Assert.That(ChineseDate.Day(lateEveningUtc), Is.EqualTo("2026年11月27日"));
            Assert.That(ChineseDate.Minute(lateEveningUtc), Is.EqualTo("2026年11月27日1时05分"));
            Assert.That(ChineseDate.Year(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero)), Is.EqualTo(2027));
        });
    }
}
