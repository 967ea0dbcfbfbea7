using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.CityManagement.Rules;

/// <summary>
/// 城市市容和环境卫生管理条例 第三十六条（三） reaches demolition without approval or against the approved
/// plan only: a finding against CG-SR-011 cannot record the demolition as approved and carried out as
/// planned, nor leave the approval unrecorded.
/// </summary>
internal sealed class DemolitionApprovalRule : IResultRule
{
    public const string Item = "CG-SR-011";

    private static readonly HashSet<string> Unlawful = ["未经批准", "已批准但未按拆迁方案"];

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!Findings.IsViolation(data)) yield break;
        var approval = data.TryGetValue("approval", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        if (approval is null)
            yield return new FieldError("approval", "认定擅自拆除环境卫生设施时，须填写拆除审批情况");
        else if (!Unlawful.Contains(approval))
            yield return new FieldError("approval", $"拆除审批为“{approval}”时，不构成未经批准或未按批准方案拆除环境卫生设施");
    }
}
