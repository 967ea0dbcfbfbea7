using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Messages.Triage;
using MediatR;

namespace Enforcement.Inbox.Triage;

/// <summary>
/// Asks every enabled module which of its items a complaint concerns, then has the routing model
/// re-rank their answers (Chinese analysis, learned corrections) and say whether it is an
/// enforcement matter at all.
/// </summary>
public sealed record SuggestItems(string Text) : IRequest<TriageAnswer>;

/// <summary>
/// The ranked candidates, the modules that failed to answer, and — for a complaint that is not an
/// enforcement matter — why (then there are no candidates).
/// </summary>
public sealed record TriageAnswer(IReadOnlyList<SuggestionView> Suggestions, IReadOnlyDictionary<string, string> Failures,
    NotEnforcement? NotEnforcement = null);

internal sealed class SuggestItemsHandler(IMediator mediator) : IRequestHandler<SuggestItems, TriageAnswer>
{
    public const int MaxSuggestions = 10;

    public async Task<TriageAnswer> Handle(SuggestItems request, CancellationToken cancellationToken)
    {
        var question = new ComplaintTriageRequested(request.Text);
        await mediator.Publish(question, cancellationToken);
        var routed = await mediator.Send(new RouteComplaint(request.Text, question.Suggestions), cancellationToken);
        return new TriageAnswer(
            routed.Ranked.Take(MaxSuggestions).Select(SuggestionView.Of).ToList(),
            question.Failures.ToDictionary(),
            routed.NotEnforcement);
    }
}
