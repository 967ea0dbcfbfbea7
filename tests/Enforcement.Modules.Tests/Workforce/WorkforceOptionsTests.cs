using NUnit.Framework;
using Enforcement.Workforce;
using Enforcement.Workforce.DutyChecks;

namespace Enforcement.Modules.Tests.Workforce;

[TestFixture]
public sealed class WorkforceOptionsTests
{
    private static WorkforceOptions Valid() => new() { TenProhibitions = Enumerable.Range(1, 10).Select(i => $"不准第{i}条").ToList() };

    [Test]
    public void Ten_items_and_the_default_duty_checks_are_valid() => Assert.That(Valid().Problems(), Is.Empty);

    [Test]
    public void Nine_items_or_a_blank_one_are_refused_naming_the_key()
    {
        var nine = Valid();
        nine.TenProhibitions.RemoveAt(0);
        var blank = Valid();
        blank.TenProhibitions[3] = " ";
        Assert.Multiple(() =>
        {
            Assert.That(nine.Problems(), Has.One.Contains("Enforcement:Workforce:TenProhibitions 须为 10 条"));
            Assert.That(blank.Problems(), Has.One.Contains("现为 9 条"));
        });
    }

    [Test]
    public void A_window_that_ends_before_it_starts_or_no_time_to_confirm_is_refused()
    {
        var options = Valid();
        options.DutyChecks = new DutyCheckOptions { WindowStart = new(17, 30), WindowEnd = new(8, 30), ConfirmWithinMinutes = 0 };
        Assert.That(options.Problems(), Has.Some.Contains("WindowStart").And.Some.Contains("ConfirmWithinMinutes"));
    }
}
