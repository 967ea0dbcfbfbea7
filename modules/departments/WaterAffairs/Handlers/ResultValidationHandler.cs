using Enforcement.Modules.WaterAffairs.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Modules.WaterAffairs.Handlers;

internal sealed class ResultValidationHandler : INotificationHandler<ResultValidationRequested>
{
    public Task Handle(ResultValidationRequested notification, CancellationToken cancellationToken)
    {
        DepartmentAnswers.Validate(new WaterAffairsModule(), WaterAffairsRules.All, notification);
        return Task.CompletedTask;
    }
}
