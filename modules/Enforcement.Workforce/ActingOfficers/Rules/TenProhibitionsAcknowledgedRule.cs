using Enforcement.Workforce.Roster;

namespace Enforcement.Workforce.ActingOfficers.Rules;

/// <summary>
/// The brigade's own rule, not a statute: an officer acts only after acknowledging the ten
/// prohibitions (十不准) in force. An acknowledgement of an earlier text no longer counts.
/// </summary>
internal sealed class TenProhibitionsAcknowledgedRule : IActingOfficerRule
{
    public string? Check(Officer officer, ActingMatter matter)
    {
        if (officer.Acknowledgements.Any(a => a.TextHash == matter.TenProhibitionsHash)) return null;
        return officer.Acknowledgements.Count == 0
            ? $"{officer.Label} 尚未确认“十不准”（大队规定：确认后方可执法）"
            : $"{officer.Label} 确认的是旧版“十不准”，现行文本更新后尚未重新确认（大队规定：确认后方可执法）";
    }
}
