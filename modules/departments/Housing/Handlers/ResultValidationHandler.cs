using Enforcement.Modules.Housing.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Modules.Housing.Handlers;

internal sealed class ResultValidationHandler : INotificationHandler<ResultValidationRequested>
{
    public Task Handle(ResultValidationRequested notification, CancellationToken cancellationToken)
    {
        DepartmentAnswers.Validate(new HousingModule(), HousingRules.All, notification);
        return Task.CompletedTask;
    }
}
