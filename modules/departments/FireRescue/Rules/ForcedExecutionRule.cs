using System.Text.Json;
using Enforcement.Modules.FireRescue.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.FireRescue.Rules;

/// <summary>
/// 强制执行 needs a refusal first: 消防法 第六十条第三款 (clauses (三)–(六): 经责令改正拒不改正的，强制执行) and
/// 第七十条第三款 (逾期不执行停产停业…决定的). 第六十条第三款 does not reach clause (二) (损坏、挪用、擅自拆除、
/// 停用), so forced execution is refused for that conduct.
/// </summary>
internal sealed class ForcedExecutionRule : IResultRule
{
    private static readonly HashSet<string> Items = ["XF-TD-001", "XF-TD-002", "XF-SS-001", "XF-SS-002", "XF-MC-001", "XF-JZ-001", "XF-JZ-002"];

    /// <summary>The conduct of 第六十条第一款第（二）项, as the facility form records it.</summary>
    private static readonly HashSet<string> Clause2Conduct = ["损坏", "挪用", "擅自拆除", "擅自停用"];

    public bool AppliesTo(string itemCode) => Items.Contains(itemCode);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (FormData.Text(data, "measure") != FireRescueForms.ForcedExecution) yield break;
        if (FormData.Text(data, "conduct") is { } conduct && Clause2Conduct.Contains(conduct))
            yield return new FieldError("measure", $"第六十条第三款的强制执行不适用于“{conduct}”消防设施、器材（第一款第二项）");
        else if (FormData.Text(data, "compliance") != FireRescueForms.Refused)
            yield return new FieldError("compliance", "强制执行须以“经责令改正拒不改正”为前提，请先记录责令改正及拒不改正的情况");
    }
}
