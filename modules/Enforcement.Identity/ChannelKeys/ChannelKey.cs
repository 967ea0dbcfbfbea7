namespace Enforcement.Identity.ChannelKeys;

/// <summary>
/// 渠道接口密钥 — an API key an administrator issues to one channel's system (12345, the district
/// platform …). It may deliver that channel's work orders only. Shown once; stored as its SHA-256.
/// </summary>
internal sealed class ChannelKey
{
    public Guid Id { get; set; }
    public string Channel { get; set; } = "";
    /// <summary>What the key is for, e.g. 市12345热线对接; names the caller in the record.</summary>
    public string Name { get; set; } = "";
    public string KeyHash { get; set; } = "";
    /// <summary>The last four characters, so an administrator can tell keys apart without the secret.</summary>
    public string Hint { get; set; } = "";
    public DateTime IssuedAt { get; set; }
    public string IssuedBy { get; set; } = "";
    public DateTime? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    /// <summary>The actor name the record gives a request made with this key.</summary>
    public string ActorName => $"{Channel}:{Name}";
}

/// <summary>A key as listed: never the secret.</summary>
public sealed record ChannelKeyView(Guid Id, string Channel, string ChannelName, string Name, string Hint,
    DateTimeOffset IssuedAt, string IssuedBy, DateTimeOffset? RevokedAt, string? RevokedBy, bool Active)
{
    internal static ChannelKeyView Of(ChannelKey k) => new(k.Id, k.Channel,
        Shared.Primitives.Channels.Names.GetValueOrDefault(k.Channel, k.Channel), k.Name, k.Hint, new DateTimeOffset(k.IssuedAt),
        k.IssuedBy, k.RevokedAt is { } r ? new DateTimeOffset(r) : null, k.RevokedBy, k.RevokedAt is null);
}
