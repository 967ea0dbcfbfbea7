using Enforcement.Modules.HumanResources.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Modules.HumanResources.Handlers;

internal sealed class ResultValidationHandler : INotificationHandler<ResultValidationRequested>
{
    public Task Handle(ResultValidationRequested notification, CancellationToken cancellationToken)
    {
        DepartmentAnswers.Validate(new HumanResourcesModule(), HumanResourcesRules.All, notification);
        return Task.CompletedTask;
    }
}
