using MediatR;

namespace Enforcement.Shared.Messages.Cases;

/// <summary>Published once when one of a case's clocks runs out.</summary>
public sealed record CaseOverdue(
    Guid CaseId,
    string CaseNumber,
    string Clock,
    string ItemCode,
    string Jurisdiction,
    DateTimeOffset DueAt,
    DateTimeOffset DetectedAt) : INotification;
