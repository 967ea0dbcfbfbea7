using Enforcement.Shared.Messages.Audit;

namespace Enforcement.Web.Live;

/// <summary>
/// Which recorded changes pages are told of, and what of them: only the kinds the pages show, and only
/// their kind, id and action — the before/after (which may hold a resident's text) and the actor stay out.
/// Accounts and keys are never relayed, since their ids are user names.
/// </summary>
internal static class LiveRelayRule
{
    public static readonly IReadOnlySet<string> Relayed = new HashSet<string>(StringComparer.Ordinal)
    {
        "work-order", "case", "evidence", "duty-check", "officer", "delegation",
    };

    public static LiveChange? Relay(StateChanged change) =>
        Relayed.Contains(change.EntityType) ? new LiveChange(change.EntityType, change.EntityId, change.Action) : null;
}
