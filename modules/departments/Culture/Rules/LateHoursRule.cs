using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Culture.Rules;

/// <summary>
/// 娱乐场所管理条例 第二十八条: 每日凌晨2时至上午8时，娱乐场所不得营业. A finding under 第四十九条第（二）项
/// needs an inspection time inside that window, read on China Standard Time (UTC+8) whatever offset the
/// time was recorded in.
/// </summary>
internal sealed class LateHoursRule : IResultRule
{
    public const string Item = "WH-YL-004";

    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsFinding(data)) yield break;
        if (FormData.Moment(data, "observedAt") is not { } at)
        {
            yield return new FieldError("observedAt", "认定禁止营业时间内营业，须填写检查时间");
            yield break;
        }
        var local = at.ToOffset(ChinaStandardTime);
        if (local.Hour is < 2 or >= 8)
            yield return new FieldError("observedAt",
                $"检查时间 {local:HH:mm}（北京时间）不在凌晨2时至上午8时的禁止营业时间内，不能认定违反第二十八条");
    }
}
