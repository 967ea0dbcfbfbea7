using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Education.Rules;

/// <summary>
/// 广告法 第二十四条 forbids three kinds of content in education and training ads. A finding under it
/// must say which the ad contains: an ad is not unlawful merely for being a training ad.
/// </summary>
internal sealed class TrainingAdClaimNamedRule : IResultRule
{
    public const string Item = "JY-GG-001";

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (RuleData.IsViolation(data) && RuleData.Count(data, "claims") == 0)
            yield return new FieldError("claims", "认定教育、培训广告违法时，须勾选广告含有的第二十四条禁止内容");
    }
}
