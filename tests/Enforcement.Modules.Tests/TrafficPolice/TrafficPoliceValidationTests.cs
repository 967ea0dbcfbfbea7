using Enforcement.Modules.TrafficPolice;
using Enforcement.Modules.TrafficPolice.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.TrafficPolice;

/// <summary>The form's field checks, then the module's rules, for the owning item only.</summary>
public sealed class TrafficPoliceValidationTests
{
    private static ResultValidationRequested Validate(string code, object data)
    {
        var request = new ResultValidationRequested(code, RecordData.Of(data));
        DepartmentAnswers.Validate(new TrafficPoliceModule(), TrafficPoliceRules.All, request);
        return request;
    }

    private static readonly object Site = new { address = "幸福路 8 号小区门口" };

    [Test]
    public void A_complete_parking_fine_record_passes()
    {
        var request = Validate("JJ-TC-001", new
        {
            site = Site, finding = "现场存在机动车违法停放、临时停车行为", plate = "苏A12345",
            driver = "驾驶人不在现场", obstruction = "妨碍其他车辆、行人通行",
            measure = "处以罚款并拖移机动车", fineAmount = 150, photos = new[] { "ev-1" },
        });
        Assert.That(request.OwnerAnswered, Is.True);
        Assert.That(request.Errors, Is.Empty);
    }

    [Test]
    public void A_parking_fine_without_the_conditions_of_article_93_is_refused()
    {
        var request = Validate("JJ-TC-002", new
        {
            site = Site, finding = "现场存在机动车违法停放、临时停车行为", plate = "苏A12345",
            measure = "处以罚款", fineAmount = 150, photos = "ev-2",
        });
        Assert.That(request.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "driver", "obstruction" }));
    }

    [Test]
    public void A_rider_fine_record_checks_the_band()
    {
        var request = Validate("JJ-FJ-003", new
        {
            site = Site, finding = "现场查实非机动车驾驶人或行人违法行为", vehicleKind = "电动自行车",
            measure = "处以罚款", fineAmount = 30, photos = "ev-3",
        });
        Assert.That(request.Errors, Is.Empty);
    }

    [Test]
    public void Another_modules_item_is_ignored()
    {
        var request = Validate("CG-DL-001", new { site = Site });
        Assert.That(request.OwnerAnswered, Is.False);
    }
}
