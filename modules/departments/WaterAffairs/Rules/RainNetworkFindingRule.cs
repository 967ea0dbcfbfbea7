using System.Text.Json;
using Enforcement.Modules.WaterAffairs.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.WaterAffairs.Rules;

/// <summary>
/// 城镇排水与污水处理条例 第二十条第二款 applies only 在雨水、污水分流地区, and only to sewage put into the
/// rainwater network: a finding against SW-PS-002 must record both, or it rests on the wrong paragraph.
/// </summary>
internal sealed class RainNetworkFindingRule : IResultRule
{
    public const string Item = "SW-PS-002";

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsFinding(data)) yield break;
        if (FormData.Text(data, "separated") != WaterAffairsForms.SeparatedArea)
            yield return new FieldError("separated", "污水排入雨水管网的认定以雨水、污水分流地区为前提，须核实为分流地区");
        if (FormData.Text(data, "outlet") != WaterAffairsForms.RainNetwork)
            yield return new FieldError("outlet", "本事项针对排入雨水管网的行为，排放去向应为雨水管网（雨水口、雨水井）");
    }
}
