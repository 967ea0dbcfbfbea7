using Enforcement.Shared.Infrastructure.Persistence;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Shared.Infrastructure.Bus;

/// <summary>
/// Runs every command in one database transaction across all module DbContexts of the scope. A
/// command that returns a refused <see cref="IOutcome"/> or throws leaves nothing behind.
/// </summary>
public sealed class TransactionBehavior<TRequest, TResponse>(UnitOfWork unitOfWork) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse> || unitOfWork.InTransaction) return await next();

        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var response = await next();
            if (response is IOutcome { Ok: false }) await unitOfWork.RollbackAsync();
            else await unitOfWork.CommitAsync(cancellationToken);
            return response;
        }
        catch
        {
            await unitOfWork.RollbackAsync();
            throw;
        }
    }
}
