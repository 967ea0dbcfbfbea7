using MediatR;

namespace Enforcement.Shared.Messages.Audit;

/// <summary>
/// One state change, for the record: who, when, what, before and after. Published inside the
/// transaction that makes the change, so the record and the change commit together.
/// </summary>
public sealed record StateChanged(
    string Jurisdiction,
    string EntityType,
    string EntityId,
    string Action,
    string Actor,
    DateTimeOffset At,
    string? Before,
    string? After) : INotification;
