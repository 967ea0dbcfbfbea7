using System.Text.Json;
using Enforcement.Modules.Environment.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Environment.Rules;

/// <summary>A fume purifier recorded as not installed is itself a finding: the measure cannot be 无需处置.</summary>
internal sealed class PurifierMissingNeedsActionRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode == "HB-YY-001";

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (FormData.Text(data, "purifier") == EnvironmentForms.PurifierMissing
            && FormData.Text(data, "measure") == EnvironmentForms.NoAction)
            yield return new FieldError("measure", "油烟净化设施记录为“未安装”，处置措施不能为“无需处置”");
    }
}
