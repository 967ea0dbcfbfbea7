using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.TrafficPolice.Rules;

/// <summary>
/// 道路交通安全法实施条例 第七十二条第（二）项: 驾驶电动自行车必须年满16周岁. A finding under it must record the
/// rider's age, below 16, and the vehicle must be an electric bicycle.
/// </summary>
internal sealed class RiderAgeRule : IResultRule
{
    public const string Item = "JJ-FJ-004";

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsViolation(data)) yield break;
        var age = FormData.Number(data, "riderAge");
        if (age is null)
            yield return new FieldError("riderAge", "认定未满16周岁驾驶电动自行车，须填写当事人年龄（周岁）");
        else if (age >= 16)
            yield return new FieldError("riderAge", $"当事人 {age:0} 周岁，已年满16周岁，不构成本项违法");
        if (FormData.Text(data, "vehicleKind") is { } kind && kind != "电动自行车")
            yield return new FieldError("vehicleKind", "本项只适用于驾驶电动自行车");
    }
}
