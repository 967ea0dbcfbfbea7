using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Modules.TrafficPolice.Handlers;

internal sealed class TriageHandler : INotificationHandler<ComplaintTriageRequested>
{
    public Task Handle(ComplaintTriageRequested notification, CancellationToken cancellationToken)
    {
        DepartmentAnswers.Suggest(new TrafficPoliceModule(), notification);
        return Task.CompletedTask;
    }
}
