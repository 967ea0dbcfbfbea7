using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Shared.Messages.Cases;

/// <summary>
/// Opens a case from a triaged work order. <paramref name="OverrideReason"/> is set when the
/// dispatcher chose an item the modules did not suggest.
/// </summary>
public sealed record OpenCase(
    Guid WorkOrderId,
    string WorkOrderNumber,
    string Jurisdiction,
    string ItemCode,
    bool IsMajor,
    string? OverrideReason) : ICommand<Result<OpenedCase>>;

public sealed record OpenedCase(Guid CaseId, string CaseNumber);

/// <summary>Published when a case is closed, so the work orders behind it can be closed too.</summary>
public sealed record CaseClosed(Guid CaseId, Guid WorkOrderId, DateTimeOffset ClosedAt) : INotification;
