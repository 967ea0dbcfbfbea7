using Enforcement.Routing.Index;
using Enforcement.Routing.Persistence;
using Enforcement.Shared.Messages.Triage;
using MediatR;

namespace Enforcement.Routing;

/// <summary>Keeps a dispatcher's decision and teaches it to the routing model, so the next similar complaint ranks that item higher.</summary>
internal sealed class LearnFromCorrectionHandler(RoutingModel model, RoutingDbContext db) : INotificationHandler<TriageCorrected>
{
    public async Task Handle(TriageCorrected notification, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(notification.Text) || string.IsNullOrWhiteSpace(notification.ChosenItemCode)) return;
        var route = new LearnedRoute
        {
            Id = Guid.NewGuid(),
            Text = notification.Text.Length > 4000 ? notification.Text[..4000] : notification.Text,
            SuggestedItemCode = notification.SuggestedItemCode,
            ChosenItemCode = notification.ChosenItemCode,
            At = notification.At.UtcDateTime,
        };
        db.LearnedRoutes.Add(route);
        await db.SaveChangesAsync(cancellationToken);
        model.Learn(route);
    }
}
