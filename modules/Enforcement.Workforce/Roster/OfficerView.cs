namespace Enforcement.Workforce.Roster;

/// <summary>An officer as the roster shows it: the current state, the certificate in use and the full history.</summary>
public sealed record OfficerView(
    string Badge, string Name, string Jurisdiction, string Unit, string UnitName, string Role, string RoleName,
    string? Username, bool Active, DutyView Duty, CertificateSummary? Certificate, bool AcknowledgedCurrent,
    DateTimeOffset? AcknowledgedAt, DeactivationView? Deactivation, IReadOnlyList<CertificateView> Certificates,
    IReadOnlyList<InterestView> Interests, IReadOnlyList<AcknowledgementView> Acknowledgements);

public sealed record DutyView(string Status, string StatusName, DateTimeOffset Since);

/// <summary>The certificate valid today, or else the latest one held (then <c>valid</c> is false).</summary>
public sealed record CertificateSummary(string Number, IReadOnlyList<string> Fields, DateOnly ValidUntil, bool Valid);

public sealed record CertificateView(
    string Number, IReadOnlyList<string> Fields, IReadOnlyList<string> FieldNames, DateOnly IssuedOn, DateOnly ValidUntil,
    string IssuingAuthority, bool ValidToday, DateTimeOffset? RevokedAt, string? RevocationReason);

public sealed record InterestView(Guid Id, string? Party, Guid? CaseId, string Reason, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record AcknowledgementView(DateTimeOffset At, string TextHash, bool Current, string RecordedBy);

public sealed record DeactivationView(DateTimeOffset At, string Reason);
