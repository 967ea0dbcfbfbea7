using System.Text.Json;
using Enforcement.Modules.Culture.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Culture.Rules;

/// <summary>
/// 擅自从事娱乐场所经营活动 (娱乐场所管理条例 第四十一条) and 擅自从事出版物发行业务 (出版管理条例 第六十一条)
/// presuppose that the licence is missing: a finding recorded against a licence seen on site is refused.
/// A licence not shown on the spot must be checked with the issuing authority, so it does not block.
/// </summary>
internal sealed class LicenceFindingRule : IResultRule
{
    private static readonly HashSet<string> Items = ["WH-YL-001", "WH-CB-001"];

    public bool AppliesTo(string itemCode) => Items.Contains(itemCode);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (RuleData.IsFinding(data) && FormData.Text(data, "licence") == CultureForms.Licensed)
            yield return new FieldError("licence", "经营者已取得并出示许可证，不能认定为未经许可擅自经营");
    }
}
