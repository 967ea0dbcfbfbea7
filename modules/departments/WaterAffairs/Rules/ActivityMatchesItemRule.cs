using System.Text.Json;
using Enforcement.Modules.WaterAffairs.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.WaterAffairs.Rules;

/// <summary>
/// The three facility items share one form: the activity recorded must be the one the item's provision
/// forbids (第四十二条（四）倾倒, 第四十二条（五）占压, 第四十三条第四款 拆除改动). <see cref="IResultRule.Check"/>
/// is not told the item, so there is one instance per item.
/// </summary>
internal sealed class ActivityMatchesItemRule(string itemCode, string activity) : IResultRule
{
    public static readonly IReadOnlyList<ActivityMatchesItemRule> All =
    [
        new("SW-SS-001", WaterAffairsForms.Dumping),
        new("SW-SS-002", WaterAffairsForms.BuildingOver),
        new("SW-SS-003", WaterAffairsForms.Alteration),
    ];

    public bool AppliesTo(string code) => code == itemCode;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsFinding(data)) yield break;
        var recorded = FormData.Text(data, "activity");
        if (recorded != activity)
            yield return new FieldError("activity", $"本事项针对“{activity}”；记录的违法行为为“{recorded}”，应改选对应的执法事项");
    }
}
