using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Rules;

namespace Enforcement.Shared.Modules;

/// <summary>
/// How a department module answers the core's two standing questions, so each module's handlers
/// stay a few lines: "which of your items?" and "is this result valid for your item?".
/// </summary>
public static class DepartmentAnswers
{
    /// <summary>Items scoring below this are noise, not candidates.</summary>
    public const double MinimumScore = 0.2;

    public static void Suggest(IDepartmentModule module, ComplaintTriageRequested request)
    {
        foreach (var item in module.Items)
        {
            var score = KeywordScorer.Score(item.Matching, request.Text);
            if (score >= MinimumScore)
                request.Suggest(new ItemSuggestion(item.Code, item.Name, module.Key, score, item.PenaltyBasis));
        }
    }

    public static void Validate(IDepartmentModule module, IEnumerable<IResultRule> rules, ResultValidationRequested request)
    {
        var item = module.Items.FirstOrDefault(i => i.Code == request.ItemCode);
        if (item is null) return;                                   // not ours
        var form = module.Forms.Single(f => f.Code == item.FormCode);
        var errors = FormValidator.Validate(form, request.Data).ToList();
        if (errors.Count == 0)
            errors.AddRange(rules.Where(r => r.AppliesTo(item.Code)).SelectMany(r => r.Check(request.Data)));
        request.Answer(errors);
    }
}
