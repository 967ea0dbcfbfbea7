using Enforcement.Shared.Primitives;

namespace Enforcement.Shared.Messages.Inbox;

/// <summary>
/// The intake body: <c>{channel, externalId, text, address, reportedAt}</c>, optionally a point
/// (<c>latitude</c>, <c>longitude</c>) instead of or beside the address, and the <c>jurisdiction</c>
/// code when the deployment serves more than one sub-district. A channel that lets the resident pick a
/// service (Open311) passes its <c>ServiceCode</c> (an item code) and the service's attribute values.
/// </summary>
public sealed record ReceiveWorkOrder(
    string? Channel,
    string? ExternalId,
    string? Text,
    string? Address,
    DateTimeOffset? ReportedAt,
    double? Latitude = null,
    double? Longitude = null,
    string? Jurisdiction = null,
    string? ServiceCode = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Attributes = null) : ICommand<Result<ReceivedWorkOrder>>;

/// <summary><paramref name="Created"/> is false when the channel had already sent this external id.</summary>
public sealed record ReceivedWorkOrder(Guid Id, string Number, bool Created);
