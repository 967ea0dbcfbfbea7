namespace Enforcement.Cases.Cases;

/// <summary>
/// 案件 — the enforcement matter opened from a work order. It keeps a snapshot of the item (version,
/// legal basis, form) it was filed under, so a later module update never changes an open case.
/// </summary>
internal sealed class Case
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public Guid WorkOrderId { get; set; }
    public string WorkOrderNumber { get; set; } = "";

    public string ItemCode { get; set; } = "";
    public int ItemVersion { get; set; }
    public string ItemName { get; set; } = "";
    public string Department { get; set; } = "";
    public string DepartmentName { get; set; } = "";
    /// <summary>Snapshot of the item's legal basis and penalty, as JSON.</summary>
    public string ItemSnapshotJson { get; set; } = "";
    /// <summary>Snapshot of the item's form definition, as JSON.</summary>
    public string FormJson { get; set; } = "";
    public string? OverrideReason { get; set; }
    /// <summary>派驻执法 / 联合执法 as delegated when the case was filed.</summary>
    public string DelegationMode { get; set; } = "";
    /// <summary>Snapshot of the delegation (document number, effective dates) the case was filed under, as JSON.</summary>
    public string DelegationJson { get; set; } = "";

    public CaseStatus Status { get; set; }
    public bool IsMajor { get; set; }
    public string? MajorReason { get; set; }
    public bool IsOverdue { get; set; }

    public DateTime OpenedAt { get; set; }
    /// <summary>Officers sent, as a JSON array of badge numbers (names, for cases dispatched before the roster check).</summary>
    public string? OfficersJson { get; set; }

    /// <summary>The officers sent, read from <see cref="OfficersJson"/>; a method, so the model does not map it.</summary>
    public List<string> DispatchedOfficers() =>
        OfficersJson is null ? [] : System.Text.Json.JsonSerializer.Deserialize<List<string>>(OfficersJson) ?? [];
    public DateTime? DispatchedAt { get; set; }
    public DateTime? ArrivedAt { get; set; }
    public double? ArrivalLatitude { get; set; }
    public double? ArrivalLongitude { get; set; }
    public string? ArrivalAddress { get; set; }
    public DateTime? OpinionAt { get; set; }
    public string? Opinion { get; set; }
    public DateTime? ResultAt { get; set; }
    public string? ResultJson { get; set; }
    public string? ResultSummary { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? Satisfaction { get; set; }
    public string? SatisfactionComment { get; set; }
    public DateTime? RatedAt { get; set; }
    /// <summary>归档 — once set the case file is sealed: nothing more may be attached or changed.</summary>
    public DateTime? ArchivedAt { get; set; }
    public string? ArchivedBy { get; set; }

    /// <summary>Bumped on every change; a stale concurrent write fails instead of overwriting.</summary>
    public int Revision { get; set; }

    public List<Clock> Clocks { get; set; } = [];

    /// <summary>The penalty procedure, once officers start one.</summary>
    public Procedure.Proceeding? Proceeding { get; set; }
}

internal enum CaseStatus
{
    Opened,
    Dispatched,
    OnSite,
    ResultRecorded,
    Closed,
}
