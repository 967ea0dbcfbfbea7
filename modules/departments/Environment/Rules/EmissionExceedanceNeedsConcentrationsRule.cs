using System.Text.Json;
using Enforcement.Modules.Environment.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Environment.Rules;

/// <summary>
/// 大气污染防治法 第九十九条（二） is an exceedance: black smoke seen from the street is a lead, not proof. A
/// finding (any measure other than 无需处置) needs the measured concentration and the applicable limit,
/// and the measurement must be above the limit.
/// </summary>
internal sealed class EmissionExceedanceNeedsConcentrationsRule : IResultRule
{
    public const string Item = "HB-FQ-005";

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (FormData.Text(data, "measure") == EnvironmentForms.NoAction) yield break;

        var measured = FormData.Number(data, "measuredConcentration");
        var limit = FormData.Number(data, "limitConcentration");
        if (measured is null) yield return new FieldError("measuredConcentration", "认定超标排放大气污染物须填写实测排放浓度（mg/m³）");
        if (limit is null) yield return new FieldError("limitConcentration", "认定超标排放大气污染物须填写适用排放限值（mg/m³）");
        if (measured is { } m && limit is { } l && m <= l)
            yield return new FieldError("measuredConcentration", $"实测浓度 {m} mg/m³ 未超过排放限值 {l} mg/m³，不能认定超标排放");
    }
}
