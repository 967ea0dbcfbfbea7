using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.HumanResources.Rules;

/// <summary>
/// 劳动保障监察条例 第二十五条 fines "按照受侵害的劳动者每人100元以上500元以下的标准计算": a proposed fine
/// needs the number of workers affected and must lie between 100 and 500 yuan for each of them.
/// </summary>
internal sealed class OvertimeFinePerWorkerRule : IResultRule
{
    public const decimal PerWorkerMin = 100;
    public const decimal PerWorkerMax = 500;

    public bool AppliesTo(string itemCode) => itemCode == "RS-GS-001";

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (FormData.Number(data, "proposedFine") is not { } fine || fine == 0) yield break;
        if (FormData.Number(data, "workers") is not { } workers || workers < 1)
        {
            yield return new FieldError("workers", "拟处罚款按受侵害的劳动者人数计算，须填写受侵害的劳动者人数");
            yield break;
        }
        var (min, max) = (PerWorkerMin * workers, PerWorkerMax * workers);
        if (fine < min || fine > max)
            yield return new FieldError("proposedFine", $"受侵害的劳动者 {workers} 人，罚款应在 {min} 元至 {max} 元之间（每人 100 元以上 500 元以下）");
    }
}
