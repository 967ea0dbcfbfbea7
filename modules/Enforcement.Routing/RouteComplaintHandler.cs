using Enforcement.Routing.Index;
using Enforcement.Routing.NonEnforcement;
using Enforcement.Routing.Persistence;
using Enforcement.Routing.Ranking;
using Enforcement.Shared.Messages.Triage;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Routing;

/// <summary>Re-ranks the modules' suggestions for a complaint, adds what they missed, and recognises non-enforcement matters.</summary>
internal sealed class RouteComplaintHandler(RoutingModel model, NotEnforcementClassifier classifier, RoutingDbContext db)
    : IRequestHandler<RouteComplaint, RoutingAnswer>
{
    public async Task<RoutingAnswer> Handle(RouteComplaint request, CancellationToken cancellationToken)
    {
        await model.EnsureReadyAsync(LoadLearnedAsync, cancellationToken);
        var evidence = Ranker.Weigh(model, request.Text, request.ModuleSuggestions);
        var signal = evidence.Count == 0 ? 0 : evidence.Max(e => e.Signal);
        if (classifier.Classify(request.Text, signal) is { } notEnforcement)
            return new RoutingAnswer([], notEnforcement);
        return new RoutingAnswer(Ranker.Suggestions(model, evidence, request.ModuleSuggestions), null);
    }

    private async Task<IReadOnlyList<LearnedRoute>> LoadLearnedAsync(CancellationToken ct) =>
        await db.LearnedRoutes.AsNoTracking().OrderBy(r => r.At).ToListAsync(ct);
}
