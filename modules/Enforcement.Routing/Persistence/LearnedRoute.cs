namespace Enforcement.Routing.Persistence;

/// <summary>
/// 人工纠正 — one dispatcher decision kept for learning: the complaint's text and the item chosen
/// (and what the system had ranked first, for later review of how often routing is overridden).
/// </summary>
internal sealed class LearnedRoute
{
    public Guid Id { get; init; }
    public string Text { get; init; } = "";
    public string? SuggestedItemCode { get; init; }
    public string ChosenItemCode { get; init; } = "";
    public DateTime At { get; init; }
}
