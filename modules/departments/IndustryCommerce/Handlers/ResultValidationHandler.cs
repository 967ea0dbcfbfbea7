using Enforcement.Modules.IndustryCommerce.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Modules.IndustryCommerce.Handlers;

internal sealed class ResultValidationHandler : INotificationHandler<ResultValidationRequested>
{
    public Task Handle(ResultValidationRequested notification, CancellationToken cancellationToken)
    {
        DepartmentAnswers.Validate(new IndustryCommerceModule(), IndustryCommerceRules.All, notification);
        return Task.CompletedTask;
    }
}
