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
    public DateTime UpdatedAt { get; set; }

    /// <summary>The item the resident chose, where the channel offers a choice (Open311 service_code).</summary>
    public string? ServiceCode { get; set; }

    /// <summary>The chosen service's attribute values, as JSON (code → values).</summary>
    public string? AttributesJson { get; set; }

    /// <summary>重复件 — the open matter (its first work order) this one is a "me too" of.</summary>
    public Guid? DuplicateOfId { get; set; }
    public WorkOrderStatus Status { get; set; }

    /// <summary>The modules' ranked suggestions, as JSON, kept as the dispatcher saw them.</summary>
    public string? SuggestionsJson { get; set; }

    /// <summary>Modules that failed or timed out answering triage, as JSON; non-empty sends it to manual triage.</summary>
    public string? TriageFailuresJson { get; set; }

    /// <summary>The item the dispatcher chose when opening the case (or the matter's, for a "me too").</summary>
    public string? ItemCode { get; set; }

    /// <summary>Why triage judged this not an enforcement matter (consultation, praise …), as JSON.</summary>
    public string? NotEnforcementJson { get; set; }

    public Guid? CaseId { get; set; }
    public string? CaseNumber { get; set; }

    /// <summary>The top suggestion of the last triage, kept in a column so duplicate checks can query it.</summary>
    public string? TopItemCode { get; set; }

    /// <summary>Why a dispatcher unlinked this order from a matter; once set, it is never linked automatically again.</summary>
    public string? UnlinkReason { get; set; }

    /// <summary>The item this order is about, as far as known: chosen for its case, else chosen by the resident, else suggested.</summary>
    public string? MatterItem => ItemCode ?? ServiceCode ?? TopItemCode;
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
    /// <summary>重复件 — a further call about an open matter, linked to it rather than made a case.</summary>
    Linked,
}
