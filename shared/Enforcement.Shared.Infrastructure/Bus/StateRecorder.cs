using Enforcement.Shared.Infrastructure;
using System.Text.Encodings.Web;
using System.Text.Json;
using Enforcement.Shared.Messages.Audit;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Shared.Infrastructure.Bus;

/// <summary>
/// Records a state change (who, when, what, before, after) by publishing <see cref="StateChanged"/>
/// on the bus, inside the caller's transaction.
/// </summary>
[ModuleService]
public sealed class StateRecorder(IMediator mediator, ICurrentActor actor, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,   // keep Chinese readable in the record
    };

    public Task RecordAsync(string jurisdiction, string entityType, string entityId, string action,
        object? before, object? after, CancellationToken ct) =>
        mediator.Publish(new StateChanged(jurisdiction, entityType, entityId, action, actor.Name,
            clock.GetUtcNow(), Serialize(before), Serialize(after)), ct);

    public static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, Json);
}
