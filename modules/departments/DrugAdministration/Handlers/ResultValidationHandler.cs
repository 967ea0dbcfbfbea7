using Enforcement.Modules.DrugAdministration.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Modules.DrugAdministration.Handlers;

internal sealed class ResultValidationHandler : INotificationHandler<ResultValidationRequested>
{
    public Task Handle(ResultValidationRequested notification, CancellationToken cancellationToken)
    {
        DepartmentAnswers.Validate(new DrugAdministrationModule(), DrugAdministrationRules.All, notification);
        return Task.CompletedTask;
    }
}
