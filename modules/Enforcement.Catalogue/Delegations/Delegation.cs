namespace Enforcement.Catalogue.Delegations;

/// <summary>
/// 委托 — the district's decision of how one item is handed to a sub-district's brigade, from a day
/// until a day. A change never edits a row: it ends the current one and starts a new one.
/// </summary>
internal sealed class Delegation
{
    public Guid Id { get; set; }
    public string Jurisdiction { get; set; } = "";
    public string ItemCode { get; set; } = "";
    public string Department { get; set; } = "";
    public string Mode { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    /// <summary>Last day in force (inclusive); null while open-ended.</summary>
    public DateOnly? EffectiveTo { get; set; }
    /// <summary>委托文件文号 — the number of the delegation document.</summary>
    public string? DocumentNumber { get; set; }
    public string Reason { get; set; } = "";
    public DateTime RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";

    public bool InForceOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || EffectiveTo >= day);
}
