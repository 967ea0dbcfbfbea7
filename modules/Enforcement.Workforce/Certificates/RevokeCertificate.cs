using Enforcement.Shared.Primitives;
using Enforcement.Workforce.Roster;
using MediatR;

namespace Enforcement.Workforce.Certificates;

/// <summary>Revokes a certificate from today on, with the reason; the history keeps it.</summary>
public sealed record RevokeCertificate(string? Badge, string? Number, string? Reason) : ICommand<Result<OfficerView>>;

internal sealed class RevokeCertificateHandler(RosterChanges changes) : IRequestHandler<RevokeCertificate, Result<OfficerView>>
{
    public Task<Result<OfficerView>> Handle(RevokeCertificate r, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.Reason))
            return Task.FromResult<Result<OfficerView>>(new Problem(ProblemKind.Invalid, "吊销执法证须说明理由", new Dictionary<string, string[]>
            {
                ["reason"] = ["吊销理由（reason）为必填项"],
            }));
        return changes.ApplyAsync(r.Badge, "certificate-revoked", (o, now) =>
        {
            var certificate = o.Certificates.FirstOrDefault(c => c.Number == r.Number?.Trim());
            if (certificate is null) return new Problem(ProblemKind.NotFound, $"{o.Label} 名下没有执法证 {r.Number}");
            if (certificate.RevokedAt is not null)
                return new Problem(ProblemKind.Conflict, $"执法证 {certificate.Number} 已于 {LocalText.Day(certificate.RevokedAt)} 吊销");
            certificate.RevokedAt = now;
            certificate.RevocationReason = r.Reason.Trim();
            return null;
        }, ct);
    }
}
