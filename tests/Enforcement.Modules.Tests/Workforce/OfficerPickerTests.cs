using NUnit.Framework;
using Enforcement.Workforce.DutyChecks;
using Enforcement.Workforce.Roster;
using static Enforcement.Modules.Tests.Workforce.RosterData;

namespace Enforcement.Modules.Tests.Workforce;

[TestFixture]
public sealed class OfficerPickerTests
{
    [Test]
    public void Picks_among_active_on_duty_officers_in_badge_order()
    {
        var a = Officer("NY-001", "甲");
        var b = Officer("NY-002", "乙");
        var c = Officer("NY-003", "丙");
        var random = new FixedRandom(1);
        Assert.That(OfficerPicker.Pick([c, a, b], new HashSet<Guid>(), random), Is.SameAs(b));
        Assert.That(random.Asked, Is.EqualTo(new[] { 3 }));
    }

    [Test]
    public void Never_picks_an_officer_off_duty_on_leave_inactive_or_already_awaiting_an_answer()
    {
        var offDuty = Officer("NY-001", "甲");
        offDuty.Duty = DutyStatuses.OffDuty;
        var onLeave = Officer("NY-002", "乙");
        onLeave.Duty = DutyStatuses.OnLeave;
        var inactive = Officer("NY-003", "丙");
        inactive.Active = false;
        var awaiting = Officer("NY-004", "丁");
        var free = Officer("NY-005", "戊");
        var random = new FixedRandom(0);
        Assert.That(OfficerPicker.Pick([offDuty, onLeave, inactive, awaiting, free], new HashSet<Guid> { awaiting.Id }, random), Is.SameAs(free));
        Assert.That(random.Asked, Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public void Nobody_to_pick_is_null_without_asking_for_a_number()
    {
        var random = new FixedRandom();
        var offDuty = Officer();
        offDuty.Duty = DutyStatuses.OffDuty;
        Assert.That(OfficerPicker.Pick([offDuty], new HashSet<Guid>(), random), Is.Null);
        Assert.That(random.Asked, Is.Empty);
    }
}
