using MediatR;

namespace Enforcement.Shared.Messages.Workforce;

/// <summary>
/// Asks the roster whether these officers (by badge number) may act together on a matter of
/// <paramref name="Department"/> (the owning module's key) on <paramref name="OnDay"/> (local date):
/// at least two, each with a certificate valid that day covering the department (行政处罚法 第42条),
/// on the roster and not recused from this party or case (第43条).
/// </summary>
public sealed record CheckActingOfficers(
    IReadOnlyList<string> Officers, string Department, DateOnly OnDay, string? Party, Guid? CaseId)
    : IRequest<OfficerCheck>;

/// <summary>The officers as the roster knows them, and every reason they may not act (Chinese); empty when they may.</summary>
public sealed record OfficerCheck(IReadOnlyList<ActingOfficer> Officers, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;
}

/// <summary>An officer as documents show them: badge, name and the certificate (执法证) number.</summary>
public sealed record ActingOfficer(string Badge, string Name, string? CertificateNumber);
