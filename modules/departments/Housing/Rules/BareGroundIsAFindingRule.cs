using System.Text.Json;
using Enforcement.Modules.Housing.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Housing.Rules;

/// <summary>
/// 大气污染防治法 第六十九条第五款: bare ground on land that cannot yet be built on must be covered (after
/// three months: greened, paved or covered). Ground recorded as 未覆盖 or 部分覆盖 is itself a finding.
/// </summary>
internal sealed class BareGroundIsAFindingRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode == "ZJ-YC-001";

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        var cover = FormData.Text(data, "cover");
        if (cover is HousingForms.NotCovered or HousingForms.PartlyCovered && RuleData.IsNoViolation(data))
            yield return new FieldError("finding", $"裸露地面记录为“{cover}”，检查结论不能为“未发现违法行为”");
    }
}
