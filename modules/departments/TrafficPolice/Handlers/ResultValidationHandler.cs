using Enforcement.Modules.TrafficPolice.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Modules.TrafficPolice.Handlers;

internal sealed class ResultValidationHandler : INotificationHandler<ResultValidationRequested>
{
    public Task Handle(ResultValidationRequested notification, CancellationToken cancellationToken)
    {
        DepartmentAnswers.Validate(new TrafficPoliceModule(), TrafficPoliceRules.All, notification);
        return Task.CompletedTask;
    }
}
