using System.Text.Json;
using Enforcement.Modules.Environment.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Environment.Rules;

/// <summary>
/// A noise exceedance finding (any measure other than 无需处置) needs the measured dB(A) and the
/// applicable limit, and the measured level must be above the limit. For the housing estate's shared
/// equipment (HB-ZS-010) the limit is the indoor level of the 民用建筑隔声设计 standard.
/// </summary>
internal sealed class NoiseExceedanceNeedsLevelsRule : IResultRule
{
    private static readonly HashSet<string> ExceedanceItems = ["HB-ZS-002", "HB-ZS-003", "HB-ZS-004", "HB-ZS-010"];

    public bool AppliesTo(string itemCode) => ExceedanceItems.Contains(itemCode);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (FormData.Text(data, "measure") == EnvironmentForms.NoAction) yield break;

        var measured = FormData.Number(data, "measuredLevel");
        var limit = FormData.Number(data, "limit");
        if (measured is null) yield return new FieldError("measuredLevel", "认定超标排放噪声须填写实测噪声值（dB(A)）");
        if (limit is null) yield return new FieldError("limit", "认定超标排放噪声须填写适用排放限值（dB(A)）");
        if (measured is { } m && limit is { } l && m <= l)
            yield return new FieldError("measuredLevel", $"实测值 {m} dB(A) 未超过排放限值 {l} dB(A)，不能认定超标排放");
    }
}
