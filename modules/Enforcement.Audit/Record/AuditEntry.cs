namespace Enforcement.Audit.Record;

/// <summary>
/// One state change in the record (全过程记录). Entries form a hash chain: each holds the hash of the
/// one before, so an edited or deleted entry breaks every hash after it.
/// </summary>
internal sealed class AuditEntry
{
    public long Sequence { get; set; }
    public string Jurisdiction { get; set; } = "";
    public DateTime At { get; set; }
    public string Actor { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string Action { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
