using Enforcement.Workforce.DutyChecks;
using Microsoft.Extensions.Options;

namespace Enforcement.Workforce;

/// <summary>The roster's settings, from configuration section <c>Enforcement:Workforce</c>.</summary>
public sealed class WorkforceOptions
{
    public const string Section = "Enforcement:Workforce";

    /// <summary>
    /// 十不准 — the brigade's ten prohibitions for officers, in order. The brigade's own rules, not a
    /// statute: the shipped list is a draft until replaced by the brigade's issued text.
    /// </summary>
    public List<string> TenProhibitions { get; set; } = [];

    /// <summary>Shown with the text, e.g. that it is a draft; empty once the issued text is configured.</summary>
    public string? TenProhibitionsNote { get; set; }

    public DutyCheckOptions DutyChecks { get; set; } = new();

    /// <summary>Why these settings cannot be used, in Chinese; empty when they can.</summary>
    public IEnumerable<string> Problems()
    {
        if (TenProhibitions.Count != 10 || TenProhibitions.Any(string.IsNullOrWhiteSpace))
            yield return $"{Section}:TenProhibitions 须为 10 条非空文本（“十不准”），现为 {TenProhibitions.Count(t => !string.IsNullOrWhiteSpace(t))} 条";
        foreach (var p in DutyChecks.Problems()) yield return p;
    }
}

internal sealed class WorkforceOptionsValidation : IValidateOptions<WorkforceOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkforceOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems);
    }
}
