using System.Text.Json;
using Enforcement.Modules.TrafficPolice.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.TrafficPolice.Rules;

/// <summary>
/// 道路交通安全法 第九十三条: a parking offence is first met by 指出违法行为，并予以口头警告，令其立即驶离
/// (第一款). A fine (and towing) needs both conditions of 第二款: the driver is absent, or present but refuses
/// to move at once; and the vehicle 妨碍其他车辆、行人通行. A driver who moves off at once is not fined.
/// </summary>
internal sealed class ParkingFineConditionsRule : IResultRule
{
    /// <summary>The motor-vehicle parking items, whose penalty basis is 第九十三条第二款.</summary>
    public static readonly IReadOnlySet<string> Items =
        new HashSet<string> { "JJ-TC-001", "JJ-TC-002", "JJ-TC-003", "JJ-TC-004", "JJ-TC-005", "JJ-TC-006" };

    public bool AppliesTo(string itemCode) => Items.Contains(itemCode);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.ProposesFine(data)) yield break;
        var driver = FormData.Text(data, "driver");
        if (driver is not (TrafficPoliceForms.DriverAbsent or TrafficPoliceForms.DriverRefused))
            yield return new FieldError("driver",
                "依第九十三条第二款，罚款须以驾驶人不在现场或者虽在现场但拒绝立即驶离为前提；驾驶人立即驶离的，只能口头警告");
        if (FormData.Text(data, "obstruction") != TrafficPoliceForms.Obstructing)
            yield return new FieldError("obstruction", "依第九十三条第二款，罚款须查明该机动车妨碍其他车辆、行人通行");
    }
}
