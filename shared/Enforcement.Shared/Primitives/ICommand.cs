using MediatR;

namespace Enforcement.Shared.Primitives;

/// <summary>A request that changes state; the bus runs it in one database transaction.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;
