namespace Enforcement.Inbox.WorkOrders;

/// <summary>工单 — what arrived from a channel: a complaint, an instruction, a patrol finding.</summary>
internal sealed class WorkOrder
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public string Channel { get; set; } = "";
    public string ExternalId { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Address { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public DateTime ReportedAt { get; set; }
    public DateTime ReceivedAt { get; set; }
    public WorkOrderStatus Status { get; set; }

    /// <summary>The modules' ranked suggestions, as JSON, kept as the dispatcher saw them.</summary>
    public string? SuggestionsJson { get; set; }

    /// <summary>Modules that failed or timed out answering triage, as JSON; non-empty sends it to manual triage.</summary>
    public string? TriageFailuresJson { get; set; }

    public Guid? CaseId { get; set; }
    public string? CaseNumber { get; set; }
}

internal enum WorkOrderStatus
{
    /// <summary>已接收 — stored, not yet triaged.</summary>
    Received,
    /// <summary>待分拨 — the modules have suggested items.</summary>
    Triaged,
    /// <summary>需人工分拨 — no suggestion, or a module failed to answer.</summary>
    ManualTriage,
    /// <summary>处置中 — a case was opened.</summary>
    CaseOpened,
    /// <summary>已办结.</summary>
    Closed,
}
