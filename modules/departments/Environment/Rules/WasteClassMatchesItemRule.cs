using System.Text.Json;
using Enforcement.Modules.Environment.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Environment.Rules;

/// <summary>
/// The two solid-waste items share one form but rest on different articles: 危险废物 (固体废物污染环境防治法
/// 第一百一十二条, HB-GF-001) and 一般工业固体废物 (第一百零二条, HB-GF-002). Unless the result is 无需处置, the
/// recorded class of waste must be the one the item is about, or the record supports the other item's
/// penalty, not this one's. <see cref="IResultRule.Check"/> is not told the item, so there is one
/// instance per item.
/// </summary>
internal sealed class WasteClassMatchesItemRule(string itemCode, string wasteClass) : IResultRule
{
    public static readonly IReadOnlyList<WasteClassMatchesItemRule> All =
    [
        new("HB-GF-001", EnvironmentForms.HazardousWaste),
        new("HB-GF-002", EnvironmentForms.IndustrialWaste),
    ];

    public bool AppliesTo(string code) => code == itemCode;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (FormData.Text(data, "measure") == EnvironmentForms.NoAction) yield break;
        var recorded = FormData.Text(data, "wasteClass");
        if (recorded is not null && recorded != wasteClass)
            yield return new FieldError("wasteClass", $"本事项针对{wasteClass}；记录的废物类别为“{recorded}”，应改选对应的执法事项");
    }
}
