using Enforcement.Shared.Messages;
using Enforcement.Shared.Modules;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Enforcement.Shared.Infrastructure.Bus;

/// <summary>
/// Wraps every notification handler. For a <see cref="ModuleQuery"/> answered by a department
/// module, the handler runs time-boxed and a throw or a time-out is recorded on the query for that
/// module, so one broken department never stops the others. Other notifications pass straight through.
/// </summary>
public sealed class ModuleQueryIsolation<TNotification>(
    INotificationHandler<TNotification> inner,
    ILoadedModules modules,
    BusOptions options,
    ILogger<ModuleQueryIsolation<TNotification>> logger) : INotificationHandler<TNotification>
    where TNotification : INotification
{
    public async Task Handle(TNotification notification, CancellationToken cancellationToken)
    {
        var module = modules.OwnerOf(inner.GetType());
        if (notification is not ModuleQuery query || module is null)
        {
            await inner.Handle(notification, cancellationToken);
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ModuleAnswerTimeout);
        // Task.Run so that a module blocking synchronously is time-boxed too.
        var answer = Task.Run(() => inner.Handle(notification, timeout.Token), timeout.Token);
        try
        {
            await answer.WaitAsync(options.ModuleAnswerTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("Module {Module} did not answer {Query} within {Timeout}", module.Key, typeof(TNotification).Name, options.ModuleAnswerTimeout);
            query.ReportFailure(module.Key, $"模块“{module.Name}”未在 {options.ModuleAnswerTimeout.TotalSeconds:0.#} 秒内答复");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Module {Module} failed answering {Query}", module.Key, typeof(TNotification).Name);
            query.ReportFailure(module.Key, $"模块“{module.Name}”处理失败：{ex.GetType().Name}: {ex.Message}");
        }
    }
}

/// <summary>Bus settings, from configuration section <c>Enforcement:Bus</c>.</summary>
public sealed class BusOptions
{
    public TimeSpan ModuleAnswerTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
