using System.Collections.Concurrent;
using Enforcement.Shared.Catalogue;

namespace Enforcement.Shared.Messages.Triage;

/// <summary>"Which of your items does this complaint concern?" — asked of every enabled module.</summary>
public sealed class ComplaintTriageRequested(string text) : ModuleQuery
{
    private readonly ConcurrentBag<ItemSuggestion> _suggestions = [];

    public string Text { get; } = text;

    public IReadOnlyList<ItemSuggestion> Suggestions =>
        _suggestions.OrderByDescending(s => s.Score).ThenBy(s => s.ItemCode, StringComparer.Ordinal).ToList();

    public void Suggest(ItemSuggestion suggestion) => _suggestions.Add(suggestion);
}

/// <summary>A module's candidate item for a complaint, with its score in (0, 1].</summary>
public sealed record ItemSuggestion(string ItemCode, string ItemName, string Department, double Score, LegalBasis LegalBasis);
