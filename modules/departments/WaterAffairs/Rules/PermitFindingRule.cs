using System.Text.Json;
using Enforcement.Modules.WaterAffairs.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.WaterAffairs.Rules;

/// <summary>
/// 城镇排水与污水处理条例 第五十条第一款 is discharge without the 污水排入排水管网许可证. A finding against
/// SW-PS-003 must record the licence as not held; a holder who discharges outside its terms falls under
/// 第五十条第二款 instead.
/// </summary>
internal sealed class PermitFindingRule : IResultRule
{
    public const string Item = "SW-PS-003";

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsFinding(data)) yield break;
        var permit = FormData.Text(data, "permit");
        if (permit is null)
            yield return new FieldError("permit", "认定无证排水须填写污水排入排水管网许可证的取得情况");
        else if (permit != WaterAffairsForms.NoPermit)
            yield return new FieldError("permit", $"许可证情况为“{permit}”，不属于未取得许可证排放污水（已取得而不按许可要求排放的，适用第五十条第二款）");
    }
}
