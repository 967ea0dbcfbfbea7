using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Messages.Triage;
using MediatR;

namespace Enforcement.Inbox.Triage;

/// <summary>Asks every enabled module which of its items a complaint concerns.</summary>
public sealed record SuggestItems(string Text) : IRequest<TriageAnswer>;

/// <summary>The ranked candidates, and the modules that failed to answer.</summary>
public sealed record TriageAnswer(IReadOnlyList<SuggestionView> Suggestions, IReadOnlyDictionary<string, string> Failures);

internal sealed class SuggestItemsHandler(IMediator mediator) : IRequestHandler<SuggestItems, TriageAnswer>
{
    public const int MaxSuggestions = 10;

    public async Task<TriageAnswer> Handle(SuggestItems request, CancellationToken cancellationToken)
    {
        var question = new ComplaintTriageRequested(request.Text);
        await mediator.Publish(question, cancellationToken);
        return new TriageAnswer(
            question.Suggestions.Take(MaxSuggestions).Select(SuggestionView.Of).ToList(),
            question.Failures.ToDictionary());
    }
}
