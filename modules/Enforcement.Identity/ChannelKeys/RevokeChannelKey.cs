using Enforcement.Identity.Persistence;
using Enforcement.Identity.Tokens;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Identity.ChannelKeys;

/// <summary>The administrator withdraws a key (leaked, or the integration ended); it is refused from then on.</summary>
public sealed record RevokeChannelKey(Guid Id) : ICommand<Result<ChannelKeyView>>;

internal sealed class RevokeChannelKeyHandler(IdentityDbContext db, StateRecorder recorder, TimeProvider clock, ICurrentActor actor)
    : IRequestHandler<RevokeChannelKey, Result<ChannelKeyView>>
{
    public async Task<Result<ChannelKeyView>> Handle(RevokeChannelKey r, CancellationToken ct)
    {
        var key = await db.ChannelKeys.FindAsync([r.Id], ct);
        if (key is null) return new Problem(ProblemKind.NotFound, $"接口密钥 {r.Id} 不存在");
        if (key.RevokedAt is not null) return ChannelKeyView.Of(key);

        var before = ChannelKeyView.Of(key);
        key.RevokedAt = clock.GetUtcNow().UtcDateTime;
        key.RevokedBy = actor.Name;
        await db.SaveChangesAsync(ct);
        var after = ChannelKeyView.Of(key);
        await recorder.RecordAsync(IdentityRecord.Jurisdiction, IdentityRecord.ChannelKey, key.Id.ToString(), "channel-key-revoked", before, after, ct);
        return after;
    }
}
