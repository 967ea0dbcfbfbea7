using System.Text.Json;
using Enforcement.Modules.Planning.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Planning.Rules;

/// <summary>
/// The three temporary-building items are the three clauses of 城乡规划法 第六十六条 and share one form: a
/// finding must record the approval status of the item's own clause. <see cref="IResultRule.Check"/> is
/// not told the item, so there is one instance per item.
/// </summary>
internal sealed class TemporaryApprovalMatchesItemRule(string itemCode, string approval) : IResultRule
{
    public static readonly IReadOnlyList<TemporaryApprovalMatchesItemRule> All =
    [
        new("GH-LS-001", PlanningForms.Unapproved),
        new("GH-LS-002", PlanningForms.NotAsApproved),
        new("GH-LS-003", PlanningForms.Overdue),
    ];

    public bool AppliesTo(string code) => code == itemCode;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsFinding(data)) yield break;
        var recorded = FormData.Text(data, "approval");
        if (recorded != approval)
            yield return new FieldError("approval", $"本事项针对“{approval}”的临时建设；记录的审批情况为“{recorded}”，应改选对应的执法事项");
    }
}
