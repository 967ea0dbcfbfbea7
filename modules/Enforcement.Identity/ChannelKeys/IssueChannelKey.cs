using Enforcement.Identity.Persistence;
using Enforcement.Identity.Tokens;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Identity.ChannelKeys;

/// <summary>The administrator issues an API key to one channel's system.</summary>
public sealed record IssueChannelKey(string? Channel, string? Name) : ICommand<Result<IssuedChannelKey>>;

/// <summary>The key itself is in this answer only; it cannot be shown again.</summary>
public sealed record IssuedChannelKey(ChannelKeyView Key, string Secret);

internal sealed class IssueChannelKeyHandler(IdentityDbContext db, StateRecorder recorder, TimeProvider clock, ICurrentActor actor)
    : IRequestHandler<IssueChannelKey, Result<IssuedChannelKey>>
{
    public async Task<Result<IssuedChannelKey>> Handle(IssueChannelKey r, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Channels.IsKnown(r.Channel)) errors["channel"] = [$"渠道（channel）须为以下之一：{string.Join("、", Channels.Names.Keys)}"];
        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Trim().Length > 64) errors["name"] = ["须填写密钥用途名称（name，最多 64 字），如“市12345热线对接”"];
        if (errors.Count > 0) return new Problem(ProblemKind.Invalid, "接口密钥信息不完整或有误", errors);

        var now = clock.GetUtcNow();
        var secret = Secrets.NewChannelKey();
        var key = new ChannelKey
        {
            Id = Guid.CreateVersion7(now),
            Channel = r.Channel!,
            Name = r.Name!.Trim(),
            KeyHash = Secrets.Hash(secret),
            Hint = secret[^4..],
            IssuedAt = now.UtcDateTime,
            IssuedBy = actor.Name,
        };
        db.ChannelKeys.Add(key);
        await db.SaveChangesAsync(ct);
        var view = ChannelKeyView.Of(key);
        await recorder.RecordAsync(IdentityRecord.Jurisdiction, IdentityRecord.ChannelKey, key.Id.ToString(), "channel-key-issued", null, view, ct);
        return new IssuedChannelKey(view, secret);
    }
}
