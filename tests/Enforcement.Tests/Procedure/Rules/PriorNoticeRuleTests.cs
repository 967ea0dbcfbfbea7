using Enforcement.Cases.Procedure;
using Enforcement.Cases.Procedure.Rules;

namespace Enforcement.Tests.Procedure.Rules;

public sealed class PriorNoticeRuleTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static Proceeding Notified() => new()
    {
        NoticeAt = new DateTime(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc),
        StatementDeadline = new DateOnly(2026, 12, 2),
        HearingRequestDeadline = new DateOnly(2026, 12, 4),
    };

    [Test]
    public void No_decision_without_a_notice() =>
        Assert.That(PriorNoticeRule.Check(new Proceeding(), Today), Does.Contain("第四十四条"));

    [Test]
    public void No_decision_while_the_party_may_still_state_a_defence() =>
        Assert.That(PriorNoticeRule.Check(Notified(), Today), Does.Contain("陈述、申辩期限未届满"));

    [Test]
    public void No_decision_while_the_party_may_still_ask_for_a_hearing()
    {
        var p = Notified();
        p.HearingRight = true;
        p.StatementAt = DateTime.UtcNow;
        Assert.That(PriorNoticeRule.Check(p, Today), Does.Contain("要求听证的期限未届满"));
    }

    [Test]
    public void A_requested_hearing_must_be_held_first()
    {
        var p = Notified();
        p.StatementAt = DateTime.UtcNow;
        p.HearingRight = true;
        p.HearingRequestedAt = DateTime.UtcNow;
        Assert.That(PriorNoticeRule.Check(p, Today), Does.Contain("须举行听证"));
    }

    [Test]
    public void After_the_statement_period_the_decision_may_be_made() =>
        Assert.That(PriorNoticeRule.Check(Notified(), new DateOnly(2026, 12, 3)), Is.Null);
}
