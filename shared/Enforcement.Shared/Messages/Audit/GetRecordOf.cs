using MediatR;

namespace Enforcement.Shared.Messages.Audit;

/// <summary>The recorded state changes of one entity (e.g. <c>case</c>, its id), oldest first.</summary>
public sealed record GetRecordOf(string EntityType, string EntityId) : IRequest<IReadOnlyList<RecordEntry>>;

public sealed record RecordEntry(long Sequence, DateTimeOffset At, string Actor, string Action, string Hash);
