using Enforcement.Modules.WorkSafety.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Modules.WorkSafety.Handlers;

internal sealed class ResultValidationHandler : INotificationHandler<ResultValidationRequested>
{
    public Task Handle(ResultValidationRequested notification, CancellationToken cancellationToken)
    {
        DepartmentAnswers.Validate(new WorkSafetyModule(), WorkSafetyRules.All, notification);
        return Task.CompletedTask;
    }
}
