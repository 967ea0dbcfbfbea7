using System.Text.Json;
using System.Text.RegularExpressions;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.CityManagement.Rules;

/// <summary>
/// A finding against a muck or bulk-material truck (大气污染防治法 第一百一十六条) must name the vehicle by
/// its plate, in the mainland format (province character, letter, 5 or 6 characters): the penalty and any
/// 车辆不得上道路行驶 order attach to that vehicle.
/// </summary>
internal sealed partial class VehiclePlateRule : IResultRule
{
    public const string Item = "CG-ZT-002";

    [GeneratedRegex(@"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-HJ-NP-Z0-9]{5,6}$")]
    private static partial Regex Plate();

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!Findings.IsViolation(data)) yield break;
        var plate = data.TryGetValue("plate", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()!.Trim() : "";
        if (plate.Length == 0)
            yield return new FieldError("plate", "认定运输车辆违法时，须填写车辆号牌");
        else if (!Plate().IsMatch(plate.Replace("·", "").Replace(" ", "").ToUpperInvariant()))
            yield return new FieldError("plate", $"车辆号牌“{plate}”格式不正确，应如 京A12345 或 粤B123456");
    }
}
