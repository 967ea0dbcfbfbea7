using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Culture.Rules;

/// <summary>
/// 娱乐场所管理条例 第二十三条: a finding that a venue admitted minors (歌舞) or let them play its electronic
/// games (游艺) needs at least one minor found on site and the way each age was established.
/// </summary>
internal sealed class MinorsFindingRule : IResultRule
{
    private static readonly HashSet<string> Items = ["WH-YL-002", "WH-YL-003"];

    public bool AppliesTo(string itemCode) => Items.Contains(itemCode);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsFinding(data)) yield break;
        if (FormData.Number(data, "minors") is not > 0)
            yield return new FieldError("minors", "认定接纳未成年人，在场未成年人须至少 1 人");
        if (FormData.Choices(data, "ageEvidence").Count == 0)
            yield return new FieldError("ageEvidence", "认定接纳未成年人，须记录年龄核实方式");
    }
}
