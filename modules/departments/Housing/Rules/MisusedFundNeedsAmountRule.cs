using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Housing.Rules;

/// <summary>
/// 物业管理条例 第六十条 fines up to twice the sum misused (挪用数额2倍以下) and orders it recovered: a
/// finding of 挪用 needs that sum, and no more can be recovered than was misused.
/// </summary>
internal sealed class MisusedFundNeedsAmountRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode == "ZJ-WY-005";

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        var misused = FormData.Number(data, "misusedAmount");
        if (RuleData.IsViolation(data) && misused is not > 0)
            yield return new FieldError("misusedAmount", "认定挪用专项维修资金须填写挪用数额（元），罚款以其 2 倍为上限");
        if (misused is { } m && FormData.Number(data, "recoveredAmount") is { } r && r > m)
            yield return new FieldError("recoveredAmount", $"已追回数额 {r} 元不能大于挪用数额 {m} 元");
    }
}
