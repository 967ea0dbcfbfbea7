using System.Text.Json;
using Enforcement.Modules.Planning.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Planning.Rules;

/// <summary>
/// 城乡规划法 第六十四条 is a ladder: where the effect on the plan can still be removed, 限期改正 (and a fine);
/// where it cannot, 限期拆除. The measure must be on the rung the record states, and choosing either rung
/// needs the rung stated: 责令停止建设 and referral to the planning department are open at any time.
/// </summary>
internal sealed class CorrectabilityLadderRule : IResultRule
{
    private static readonly HashSet<string> Items = ["GH-WJ-001", "GH-WJ-002"];

    public bool AppliesTo(string itemCode) => Items.Contains(itemCode);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        var measure = FormData.Text(data, "measure");
        if (measure is not (PlanningForms.CorrectWithinTime or PlanningForms.DemolishWithinTime)) yield break;

        var rung = FormData.Text(data, "correctable");
        if (rung is null or PlanningForms.ToBeDetermined)
            yield return new FieldError("correctable", $"选择“{measure}”须先认定能否采取改正措施消除对规划实施的影响（第六十四条）");
        else if (rung == PlanningForms.Correctable && measure == PlanningForms.DemolishWithinTime)
            yield return new FieldError("measure", "尚可采取改正措施消除影响的，应责令限期改正，而非限期拆除（第六十四条）");
        else if (rung == PlanningForms.NotCorrectable && measure == PlanningForms.CorrectWithinTime)
            yield return new FieldError("measure", "无法采取改正措施消除影响的，应责令限期拆除，而非限期改正（第六十四条）");
    }
}
