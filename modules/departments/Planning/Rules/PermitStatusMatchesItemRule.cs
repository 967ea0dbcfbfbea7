using System.Text.Json;
using Enforcement.Modules.Planning.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Planning.Rules;

/// <summary>
/// 城乡规划法 第六十四条 has two limbs: building without a 建设工程规划许可证 (GH-WJ-001) and building
/// against it (GH-WJ-002). A finding must record the permit status of the item's own limb; "待核实" is not
/// enough to act on (refer it to the planning department instead). <see cref="IResultRule.Check"/> is not
/// told the item, so there is one instance per item.
/// </summary>
internal sealed class PermitStatusMatchesItemRule(string itemCode, string permitStatus) : IResultRule
{
    public static readonly IReadOnlyList<PermitStatusMatchesItemRule> All =
    [
        new("GH-WJ-001", PlanningForms.NoPermit),
        new("GH-WJ-002", PlanningForms.NotAsPermitted),
    ];

    public bool AppliesTo(string code) => code == itemCode;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsFinding(data) || FormData.Text(data, "measure") == PlanningForms.Refer) yield break;
        var recorded = FormData.Text(data, "permit");
        if (recorded != permitStatus)
            yield return new FieldError("permit", $"本事项针对“{permitStatus}”的建设；记录的许可证情况为“{recorded}”，应改选对应的执法事项或移送规划主管部门认定");
    }
}
