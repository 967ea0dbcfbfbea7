using System.Text.Json;
using System.Text.RegularExpressions;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.TrafficPolice.Rules;

/// <summary>
/// A finding against a motor vehicle must name it by its plate in the mainland format (province character,
/// letter, 5 characters, or 6 for new-energy plates): the penalty, the notice left on a parked car and any
/// 扣留 attach to that vehicle. Not for 未悬挂号牌 (JJ-PZ-001), where there is no plate to record.
/// </summary>
internal sealed partial class VehiclePlateRule : IResultRule
{
    private static readonly HashSet<string> Items =
    [
        .. ParkingFineConditionsRule.Items,
        "JJ-JD-001", "JJ-JD-002", "JJ-JD-003", "JJ-JD-004", "JJ-JD-005", "JJ-JD-006", "JJ-JD-007", "JJ-JD-008", "JJ-JD-009",
        "JJ-PZ-002", "JJ-PZ-003", "JJ-PZ-004",
    ];

    [GeneratedRegex(@"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警]$|^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{6}$")]
    private static partial Regex Plate();

    public bool AppliesTo(string itemCode) => Items.Contains(itemCode);

    public static bool IsPlate(string text) => Plate().IsMatch(text.Replace("·", "").Replace(" ", "").ToUpperInvariant());

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsViolation(data)) yield break;
        var plate = FormData.Text(data, "plate")?.Trim() ?? "";
        if (plate.Length == 0)
            yield return new FieldError("plate", "查实机动车违法行为时，须填写机动车号牌");
        else if (!IsPlate(plate))
            yield return new FieldError("plate", $"机动车号牌“{plate}”格式不正确，应如 苏A12345 或 苏AD12345");
    }
}
