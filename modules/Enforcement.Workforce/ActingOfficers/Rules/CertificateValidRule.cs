using Enforcement.Workforce.Roster;

namespace Enforcement.Workforce.ActingOfficers.Rules;

/// <summary>
/// 行政处罚法 第四十二条第一款: only officers qualified for administrative enforcement may act, so
/// the officer needs a certificate valid on the day: issued on or before it, not expired, not revoked.
/// When none is valid, the reason names the most recent certificate's state.
/// </summary>
internal sealed class CertificateValidRule : IActingOfficerRule
{
    private const string Basis = "不具备行政执法资格（《行政处罚法》第四十二条第一款）";

    public string? Check(Officer officer, ActingMatter matter)
    {
        var day = matter.OnDay;
        if (officer.Certificates.Any(c => c.IsValidOn(day))) return null;
        var issued = officer.Certificates.Where(c => c.IssuedOn <= day).MaxBy(c => c.IssuedOn);
        if (issued is null)
        {
            var future = officer.Certificates.MinBy(c => c.IssuedOn);
            return future is null
                ? $"{officer.Label} 没有执法证，{Basis}"
                : $"{officer.Label} 的执法证 {future.Number} 自 {LocalText.Day(future.IssuedOn)} 起生效，{LocalText.Day(day)} 尚未生效，{Basis}";
        }
        if (issued.RevokedOn is { } revoked && revoked <= day)
            return $"{officer.Label} 的执法证 {issued.Number} 已于 {LocalText.Day(revoked)} 吊销（{issued.RevocationReason}），{Basis}";
        return $"{officer.Label} 的执法证已于 {LocalText.Day(issued.ValidUntil)} 过期，{Basis}";
    }
}
