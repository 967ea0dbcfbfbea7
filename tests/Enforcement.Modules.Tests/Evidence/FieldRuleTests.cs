using Enforcement.Evidence.Checks;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Evidence;

[TestFixture]
public sealed class StepCodeTests
{
    [TestCase("arrival")]
    [TestCase("investigation")]
    [TestCase("prior-notice")]
    [TestCase("abcdefghijklmnopqrstuvwxyzabcdef")]
    public void A_short_lower_case_code_is_valid(string step) => Assert.That(StepCode.IsValid(step), Is.True);

    [TestCase("")]
    [TestCase("Arrival")]
    [TestCase("arrival/../x")]
    [TestCase("step 1")]
    [TestCase("到场")]
    [TestCase("abcdefghijklmnopqrstuvwxyzabcdefg")]
    [TestCase(null)]
    public void Anything_else_is_not(string? step) => Assert.That(StepCode.IsValid(step), Is.False);
}

[TestFixture]
public sealed class CaptureTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));

    [TestCase("2026-11-27T08:57:00+08:00")]
    [TestCase("2026-11-27T00:57:00Z")]
    [TestCase("2026-11-27T08:57:00.123+08:00")]
    [TestCase("2026-11-27T08:57+08:00")]
    public void A_past_time_with_its_zone_is_taken(string raw)
    {
        Assert.Multiple(() =>
        {
            Assert.That(CaptureTime.Check(raw, Now, out var at), Is.Null);
            Assert.That(at, Is.EqualTo(new DateTimeOffset(2026, 11, 27, 8, 57, 0, TimeSpan.FromHours(8))).Within(TimeSpan.FromSeconds(1)));
        });
    }

    [Test]
    public void The_offset_is_kept_as_given()
    {
        CaptureTime.Check("2026-11-27T00:57:00Z", Now, out var at);
        Assert.That(at.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [TestCase("2026-11-27T08:57:00", "带时区")]
    [TestCase("2026-11-27 08:57:00+08:00", "带时区")]
    [TestCase("27/11/2026 08:57", "带时区")]
    [TestCase("2026-13-45T08:57:00+08:00", "带时区")]
    [TestCase("", "必填")]
    [TestCase(null, "必填")]
    public void A_time_without_a_zone_or_not_a_time_is_refused(string? raw, string reason) =>
        Assert.That(CaptureTime.Check(raw, Now, out _), Does.Contain(reason));

    [Test]
    public void A_time_in_the_future_is_refused_beyond_the_allowance_for_clock_drift()
    {
        var justAhead = Now + CaptureTime.ClockSkew;
        var beyond = justAhead.AddSeconds(1);
        Assert.Multiple(() =>
        {
            Assert.That(CaptureTime.Check(justAhead.ToString("yyyy-MM-dd'T'HH:mm:sszzz"), Now, out _), Is.Null);
            Assert.That(CaptureTime.Check(beyond.ToString("yyyy-MM-dd'T'HH:mm:sszzz"), Now, out _), Does.Contain("不能晚于当前时间"));
        });
    }
}

[TestFixture]
public sealed class CoordinatesTests
{
    [Test]
    public void No_point_at_all_is_fine()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Coordinates.Check(null, " ", out var point), Is.Null);
            Assert.That(point, Is.Null);
        });
    }

    [Test]
    public void A_valid_pair_is_read_in_invariant_culture()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Coordinates.Check("31.9926", "118.7221", out var point), Is.Null);
            Assert.That(point, Is.EqualTo((31.9926, 118.7221)));
        });
    }

    [TestCase("31.9926", null)]
    [TestCase(null, "118.7221")]
    [TestCase("91", "118")]
    [TestCase("31", "-181")]
    [TestCase("31,99", "118")]
    [TestCase("north", "east")]
    public void Half_a_pair_or_a_point_off_the_globe_is_refused(string? lat, string? lng) =>
        Assert.That(Coordinates.Check(lat, lng, out _), Is.EqualTo(Coordinates.Rule));
}
