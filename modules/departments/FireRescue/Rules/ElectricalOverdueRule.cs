using System.Text.Json;
using Enforcement.Modules.FireRescue.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.FireRescue.Rules;

/// <summary>
/// 消防法 第六十六条: 责令限期改正；逾期不改正的，责令停止使用，可以并处罚款. Ordering the use stopped or filing a
/// case for a fine needs the deadline to have passed without correction; before that the only measure
/// is 责令限期改正, and the deadline must be recorded.
/// </summary>
internal sealed class ElectricalOverdueRule : IResultRule
{
    public const string Item = "XF-DQ-001";

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        var measure = FormData.Text(data, "measure");
        var stage = FormData.Text(data, "stage");
        if (measure is FireRescueForms.StopUse or "立案调查" && stage != FireRescueForms.OverdueNotCorrected)
            yield return new FieldError("measure", $"“{measure}”须在限期届满、逾期未改正后作出（第六十六条），当前应为“责令限期改正”");
        if (measure == "责令限期改正" && FormData.Text(data, "deadline") is null)
            yield return new FieldError("deadline", "责令限期改正须填写改正期限");
    }
}
