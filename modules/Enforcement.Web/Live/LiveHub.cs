using Microsoft.AspNetCore.SignalR;

namespace Enforcement.Web.Live;

/// <summary>
/// 实时推送 — tells open pages that something changed, so they load it again through the API (which
/// checks what the caller may see). Pages only listen: <c>changed</c> carries a <see cref="LiveChange"/>,
/// <c>overdue</c> a <see cref="LiveOverdue"/>.
/// </summary>
internal sealed class LiveHub : Hub
{
    public const string Path = "/hubs/live";
    public const string Changed = "changed";
    public const string Overdue = "overdue";
}

/// <summary>A record changed: which kind, which one, what happened. Never the record itself.</summary>
public sealed record LiveChange(string EntityType, string EntityId, string Action);

/// <summary>A case's clock ran out: the case and which clock.</summary>
public sealed record LiveOverdue(Guid CaseId, string Clock);
