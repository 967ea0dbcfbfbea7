using NotEnforcementAnswer = Enforcement.Shared.Messages.Triage.NotEnforcement;

namespace Enforcement.Routing.NonEnforcement;

/// <summary>
/// Decides whether a complaint is not an enforcement matter: the first rule whose wording matches,
/// unless the complaint also carries enforcement evidence strong enough to overrule that rule.
/// </summary>
internal sealed class NotEnforcementClassifier(IReadOnlyList<INotEnforcementRule> rules)
{
    public static NotEnforcementClassifier Default { get; } = new(
        [new PraiseRule(), new ProcedureQuestionRule(), new NeighbourDisputeRule(), new OtherBodyRule(), new ConsultationRule()]);

    /// <param name="enforcementSignal">The strongest item's precise evidence (Ranking.Evidence.Signal), 0 when none.</param>
    public NotEnforcementAnswer? Classify(string text, double enforcementSignal)
    {
        foreach (var rule in rules)
        {
            if (rule.Match(text) is not { } reason) continue;
            if (enforcementSignal >= rule.Overruled) continue;
            return new NotEnforcementAnswer(rule.Category, rule.CategoryName, reason);
        }
        return null;
    }
}
