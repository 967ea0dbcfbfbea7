using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Modules.FireRescue.Handlers;

internal sealed class TriageHandler : INotificationHandler<ComplaintTriageRequested>
{
    public Task Handle(ComplaintTriageRequested notification, CancellationToken cancellationToken)
    {
        DepartmentAnswers.Suggest(new FireRescueModule(), notification);
        return Task.CompletedTask;
    }
}
