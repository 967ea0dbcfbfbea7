using Enforcement.Modules.DrugAdministration.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.DrugAdministration;

public sealed class ProposedFineWithinBandRuleTests
{
    private static IEnumerable<string> Check(string code, object data) =>
        DrugAdministrationRules.All.OfType<ProposedFineWithinBandRule>()
            .Where(r => r.AppliesTo(code))
            .SelectMany(r => r.Check(RecordData.Of(data)))
            .Select(e => e.Field);

    [Test]
    public void Value_based_and_provincial_items_have_no_fixed_band_rule()
    {
        var codes = DrugAdministrationRules.All.OfType<ProposedFineWithinBandRule>().Select(r => r.ItemCode).ToList();
        Assert.That(codes, Does.Not.Contain("YJ-SP-001").And.Not.Contain("YJ-XF-001").And.Not.Contain("YJ-GC-005"));
        Assert.That(codes, Does.Contain("YJ-CY-001").And.Contain("YJ-XK-004").And.Contain("YJ-BQ-004"));
    }

    [TestCase(5000)]
    [TestCase(50000)]
    public void Article_126_band_is_5000_to_50000(decimal proposedFine) =>
        Assert.That(Check("YJ-CY-001", new { proposedFine }), Is.Empty);

    [TestCase(4999)]
    [TestCase(60000)]
    public void Outside_the_article_126_band_is_refused(decimal proposedFine) =>
        Assert.That(Check("YJ-CY-001", new { proposedFine }), Is.EqualTo(new[] { "proposedFine" }));

    [Test]
    public void Harmless_label_flaw_is_capped_at_2000_yuan()
    {
        Assert.That(Check("YJ-BQ-004", new { proposedFine = 2000 }), Is.Empty);
        Assert.That(Check("YJ-BQ-004", new { proposedFine = 3000 }), Is.EqualTo(new[] { "proposedFine" }));
    }

    [Test]
    public void Markets_and_platforms_run_to_200000_yuan()
    {
        Assert.That(Check("YJ-SC-003", new { proposedFine = 200000 }), Is.Empty);
        Assert.That(Check("YJ-SC-003", new { proposedFine = 40000 }), Is.EqualTo(new[] { "proposedFine" }));
    }

    [Test]
    public void No_proposed_fine_passes() => Assert.That(Check("YJ-GC-006", new { measure = "责令改正并给予警告" }), Is.Empty);
}
