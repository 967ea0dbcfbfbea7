using Enforcement.Shared.Primitives;

namespace Enforcement.Workforce.Roster;

/// <summary>
/// 执法证 — an enforcement certificate: the fields (department module keys) whose matters the holder
/// may enforce, and the days it is valid. An officer keeps the history of every certificate held.
/// </summary>
internal sealed class Certificate
{
    public Guid Id { get; set; }
    public Guid OfficerId { get; set; }
    public string Number { get; set; } = "";
    public List<string> Fields { get; set; } = [];
    public DateOnly IssuedOn { get; set; }
    /// <summary>Last day of validity (inclusive).</summary>
    public DateOnly ValidUntil { get; set; }
    public string IssuingAuthority { get; set; } = "";
    public DateTime RecordedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public string? RevocationReason { get; set; }

    /// <summary>The local day from which a revocation counts; a certificate revoked today is no longer valid today.</summary>
    public DateOnly? RevokedOn => RevokedAt is { } at
        ? DateOnly.FromDateTime(new DateTimeOffset(at, TimeSpan.Zero).ToOffset(LocalDay.Offset).DateTime)
        : null;

    public bool IsValidOn(DateOnly day) =>
        IssuedOn <= day && day <= ValidUntil && !(RevokedOn is { } revoked && revoked <= day);

    public bool Covers(string department) => Fields.Contains(department, StringComparer.Ordinal);
}
