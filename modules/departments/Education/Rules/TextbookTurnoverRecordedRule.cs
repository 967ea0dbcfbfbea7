using System.Text.Json;
using Enforcement.Modules.Education.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Education.Rules;

/// <summary>
/// 出版管理条例 第六十五条 turns on the 违法经营额: 1万元以上, 5 to 10 times it; under 1万元, up to 5万元.
/// A case filed under it needs the amount, or the band cannot be chosen.
/// </summary>
internal sealed class TextbookTurnoverRecordedRule : IResultRule
{
    public static readonly IReadOnlySet<string> Items = new HashSet<string> { "JY-JC-001", "JY-JC-002" };

    public bool AppliesTo(string itemCode) => Items.Contains(itemCode);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (RuleData.IsViolation(data) && FormData.Text(data, "measure") == EducationForms.FileCase
            && RuleData.PositiveNumber(data, "turnover") is null)
            yield return new FieldError("turnover", "立案调查时须填写违法经营额（元），且大于 0：它决定按倍数还是按5万元以下幅度处罚");
    }
}
