using System.Text.Json;
using Enforcement.Modules.Culture.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Culture.Rules;

/// <summary>
/// 娱乐场所管理条例 第二十三条: 除国家法定节假日外，游艺娱乐场所设置的电子游戏机不得向未成年人提供. On a
/// public holiday there is no violation, so a finding recorded on one is refused.
/// </summary>
internal sealed class ArcadeHolidayRule : IResultRule
{
    public const string Item = "WH-YL-003";

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (RuleData.IsFinding(data) && FormData.Text(data, "publicHoliday") == CultureForms.PublicHoliday)
            yield return new FieldError("publicHoliday",
                "国家法定节假日内，游艺娱乐场所的电子游戏机向未成年人提供不违反第二十三条，处置措施应为“无需处置”");
    }
}
