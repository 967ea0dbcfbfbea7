using Enforcement.Cases.Procedure.Rules;

namespace Enforcement.Tests.Procedure.Rules;

public sealed class LegalReviewRuleTests
{
    [Test]
    public void An_ordinary_decision_needs_no_review() =>
        Assert.That(LegalReviewRule.Reasons(false, false, false, false, 500, null), Is.Empty);

    [Test]
    public void A_heard_case_a_major_case_and_a_deviation_each_need_review() =>
        Assert.That(LegalReviewRule.Reasons(true, true, true, false, 500, null), Has.Count.EqualTo(3));

    [Test]
    public void A_local_amount_threshold_applies_when_configured() =>
        Assert.That(LegalReviewRule.Reasons(false, false, false, false, 50_000, 50_000), Has.Count.EqualTo(1));

    [Test]
    public void Without_a_passed_review_the_decision_is_refused_citing_article_58()
    {
        var reasons = LegalReviewRule.Reasons(true, false, false, false, 500, null);
        Assert.Multiple(() =>
        {
            Assert.That(LegalReviewRule.Check(reasons, null), Does.Contain("第五十八条"));
            Assert.That(LegalReviewRule.Check(reasons, false), Does.Contain("审核未通过"));
            Assert.That(LegalReviewRule.Check(reasons, true), Is.Null);
        });
    }
}
