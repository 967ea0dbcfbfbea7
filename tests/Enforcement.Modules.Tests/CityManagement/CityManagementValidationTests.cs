using Enforcement.Modules.CityManagement;
using Enforcement.Modules.CityManagement.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.CityManagement;

/// <summary>The module's rules run after the form's own field checks, for the owning item only.</summary>
public class CityManagementValidationTests
{
    private static ResultValidationRequested Validate(string code, object data)
    {
        var request = new ResultValidationRequested(code, RecordData.Of(data));
        DepartmentAnswers.Validate(new CityManagementModule(), CityManagementRules.All, request);
        return request;
    }

    private static readonly object Site = new { address = "幸福路 12 号门前" };

    [Test]
    public void A_complete_muck_truck_record_passes()
    {
        var request = Validate("CG-ZT-002", new
        {
            site = Site, finding = "现场存在倾倒、堆放或遗撒行为", plate = "京A12345", length = 300,
            measure = "立案调查", photos = new[] { "ev-1" },
        });
        Assert.That(request.OwnerAnswered, Is.True);
        Assert.That(request.Errors, Is.Empty);
    }

    [Test]
    public void A_muck_truck_record_without_a_plate_is_refused()
    {
        var request = Validate("CG-ZT-002", new
        {
            site = Site, finding = "现场存在倾倒、堆放或遗撒行为", measure = "立案调查", photos = new[] { "ev-1" },
        });
        Assert.That(request.Errors.Select(e => e.Field), Is.EqualTo(new[] { "plate" }));
    }

    [Test]
    public void A_dumping_record_without_a_quantity_is_refused_and_a_clean_record_needs_none()
    {
        var refused = Validate("CG-LJ-001", new { site = Site, finding = "现场存在生活垃圾违法行为", measure = "当场责令改正", photos = "ev-2" });
        var clean = Validate("CG-LJ-001", new { site = Site, finding = "现场未发现违法行为", measure = "无需处置", photos = "ev-3" });
        Assert.That(refused.Errors.Select(e => e.Field), Is.EqualTo(new[] { "quantity" }));
        Assert.That(clean.Errors, Is.Empty);
    }

    [Test]
    public void A_finding_of_no_violation_with_a_measure_is_refused()
    {
        var request = Validate("CG-SR-005", new { site = Site, finding = "现场未发现违法行为", measure = "立案调查", photos = "ev-4" });
        Assert.That(request.Errors.Select(e => e.Field), Is.EqualTo(new[] { "measure" }));
    }

    [Test]
    public void Another_modules_item_is_ignored() =>
        Assert.That(Validate("HB-YY-001", new { finding = "x" }).OwnerAnswered, Is.False);
}
