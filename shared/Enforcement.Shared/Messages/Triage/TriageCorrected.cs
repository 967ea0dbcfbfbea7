using MediatR;

namespace Enforcement.Shared.Messages.Triage;

/// <summary>
/// A dispatcher's decision on a complaint: the item chosen, and what the system had ranked first.
/// Published when a case is opened, so routing can learn from overrides and confirmations.
/// </summary>
public sealed record TriageCorrected(string Text, string? SuggestedItemCode, string ChosenItemCode, DateTimeOffset At) : INotification;
