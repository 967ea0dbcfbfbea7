using System.Text.Json;
using Enforcement.Modules.PublicSecurity.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.PublicSecurity.Rules;

/// <summary>
/// 治安管理处罚法 第五十八条 (噪声) and 第七十五条第一款 (饲养动物干扰他人): 处警告；警告后不改正的，处…罚款.
/// A fine for these needs a prior warning that went unheeded; a first finding gets a warning. (Not for
/// 放任动物恐吓他人, which 第七十五条 fines directly.)
/// </summary>
internal sealed class WarningBeforeFineRule : IResultRule
{
    public static readonly IReadOnlySet<string> Items = new HashSet<string> { "ZA-ZS-001", "ZA-DW-001" };

    public bool AppliesTo(string itemCode) => Items.Contains(itemCode);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (RuleData.ProposesFine(data) && FormData.Text(data, "priorWarning") != PublicSecurityForms.WarnedStillOffending)
            yield return new FieldError("priorWarning", "本项先处警告；只有警告后不改正的，才能处以罚款，须记录“已警告，仍不改正”");
    }
}
