using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.IndustryCommerce.Rules;

/// <summary>
/// 大气污染防治法 第一百零三条 fines 货值金额一倍以上三倍以下, and 道路交通安全法 第一百零三条第三款 a multiple of
/// 非法产品价值: a case filed under them needs the value of the goods, or there is nothing to multiply.
/// </summary>
internal sealed class GoodsValueRecordedRule : IResultRule
{
    public static readonly IReadOnlySet<string> Items = new HashSet<string>
    {
        "GS-DQ-001", "GS-DQ-002", "GS-DQ-003", "GS-DQ-004", "GS-JD-001",
    };

    public bool AppliesTo(string itemCode) => Items.Contains(itemCode);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (RuleData.FilesCase(data) && RuleData.PositiveNumber(data, "goodsValue") is null)
            yield return new FieldError("goodsValue", "罚款按货值金额（或非法产品价值）的倍数计算，立案调查时须填写货值金额（元），且大于 0");
    }
}
