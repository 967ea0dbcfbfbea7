using Enforcement.Shared.Primitives;
using Enforcement.Workforce.Persistence;
using Enforcement.Workforce.Roster;
using MediatR;

namespace Enforcement.Workforce.TenProhibitions;

/// <summary>
/// Records that an officer has read and acknowledged the ten prohibitions in force. A caller that
/// names the <paramref name="TextHash"/> it showed the officer is refused if the text has changed since.
/// </summary>
public sealed record AcknowledgeTenProhibitions(string? Badge, string? TextHash) : ICommand<Result<OfficerView>>;

internal sealed class AcknowledgeTenProhibitionsHandler(WorkforceDbContext db, RosterChanges changes, TenProhibitionsText text, ICurrentActor actor)
    : IRequestHandler<AcknowledgeTenProhibitions, Result<OfficerView>>
{
    public Task<Result<OfficerView>> Handle(AcknowledgeTenProhibitions r, CancellationToken ct)
    {
        var current = text.Hash;
        if (!string.IsNullOrWhiteSpace(r.TextHash) && !string.Equals(r.TextHash.Trim(), current, StringComparison.OrdinalIgnoreCase))
            return Task.FromResult<Result<OfficerView>>(new Problem(ProblemKind.Conflict,
                "“十不准”文本已更新，所确认的不是现行文本；请重新阅读现行文本（GET /api/ten-prohibitions）后再确认"));
        return changes.ApplyAsync(r.Badge, "ten-prohibitions-acknowledged", (o, now) =>
        {
            if (!o.Active) return new Problem(ProblemKind.Conflict, $"{o.Label} 已停用");
            var acknowledgement = new Acknowledgement { Id = Guid.CreateVersion7(), OfficerId = o.Id, At = now, TextHash = current, RecordedBy = actor.Name };
            o.Acknowledgements.Add(acknowledgement);
            db.Acknowledgements.Add(acknowledgement);
            return null;
        }, ct);
    }
}
