using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.CityManagement.Rules;

/// <summary>
/// A greening finding must quantify the harm, since the 责令停止侵害 / 恢复原状 order and any
/// compensation are stated in terms of it. One instance per item: it names the item and the fields of
/// which at least one must hold a positive number.
/// </summary>
internal sealed class GreeningQuantityRule(string itemCode, string message, params string[] fields) : IResultRule
{
    /// <summary>损坏树木花草: trees or area; 擅自砍伐: trees; 擅自占用绿地: area.</summary>
    public static readonly IReadOnlyList<GreeningQuantityRule> All =
    [
        new("CG-LH-001", "认定损坏树木花草时，须填写受损树木数量（株）或受损绿地面积（平方米）", "trees", "area"),
        new("CG-LH-002", "认定擅自砍伐树木时，须填写被砍伐树木数量（株）", "trees"),
        new("CG-LH-003", "认定擅自占用绿地时，须填写被占用绿地面积（平方米）", "area"),
    ];

    public bool AppliesTo(string code) => code == itemCode;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (Findings.IsViolation(data) && fields.All(f => Findings.PositiveNumber(data, f) is null))
            yield return new FieldError(fields[0], message);
    }
}
