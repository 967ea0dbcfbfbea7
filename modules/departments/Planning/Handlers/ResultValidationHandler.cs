using Enforcement.Modules.Planning.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Modules.Planning.Handlers;

internal sealed class ResultValidationHandler : INotificationHandler<ResultValidationRequested>
{
    public Task Handle(ResultValidationRequested notification, CancellationToken cancellationToken)
    {
        DepartmentAnswers.Validate(new PlanningModule(), PlanningRules.All, notification);
        return Task.CompletedTask;
    }
}
