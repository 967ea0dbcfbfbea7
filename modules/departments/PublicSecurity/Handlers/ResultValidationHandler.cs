using Enforcement.Modules.PublicSecurity.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Modules.PublicSecurity.Handlers;

internal sealed class ResultValidationHandler : INotificationHandler<ResultValidationRequested>
{
    public Task Handle(ResultValidationRequested notification, CancellationToken cancellationToken)
    {
        DepartmentAnswers.Validate(new PublicSecurityModule(), PublicSecurityRules.All, notification);
        return Task.CompletedTask;
    }
}
