using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Modules.Environment.Handlers;

internal sealed class TriageHandler : INotificationHandler<ComplaintTriageRequested>
{
    public Task Handle(ComplaintTriageRequested notification, CancellationToken cancellationToken)
    {
        DepartmentAnswers.Suggest(new EnvironmentModule(), notification);
        return Task.CompletedTask;
    }
}
