using Enforcement.Cases.Procedure.Rules;
using Enforcement.Shared.Catalogue;

namespace Enforcement.Tests.Procedure.Rules;

public sealed class DiscretionBandRuleTests
{
    private static readonly FineBand Band = new(1_000, 3_000);

    [Test]
    public void Within_the_band_needs_nothing_more() =>
        Assert.That(DiscretionBandRule.Check(Band, Penalties.Fine, 2_000, null), Is.EqualTo(new DiscretionBandRule.Outcome(null, false)));

    [Test]
    public void Outside_the_band_without_a_reason_is_refused() =>
        Assert.That(DiscretionBandRule.Check(Band, Penalties.Fine, 4_000, null).Problem, Does.Contain("须说明理由"));

    [Test]
    public void Outside_the_band_with_a_reason_passes_but_is_marked_for_legal_review() =>
        Assert.That(DiscretionBandRule.Check(Band, Penalties.Fine, 4_000, "情节特别严重"), Is.EqualTo(new DiscretionBandRule.Outcome(null, true)));
}
