using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Messages.Catalogue;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Open311.Services;

/// <summary>
/// The items as Open311 services, asked of the catalogue over the bus. A service is an item delegated
/// to the brigade (dispatched or joint) on today's date in China time, in the given sub-district.
/// </summary>
[ModuleService]
internal sealed class ServiceCatalog(IMediator mediator, TimeProvider clock)
{
    /// <summary>Every item of the enabled modules, delegated or not, with its mode today.</summary>
    public Task<IReadOnlyList<PowerItem>> AllAsync(string jurisdiction, CancellationToken ct) =>
        mediator.Send(new ListPowerItems(jurisdiction, LocalDay.Today(clock)), ct);

    public async Task<IReadOnlyList<PowerItem>> DelegatedAsync(string jurisdiction, CancellationToken ct) =>
        (await AllAsync(jurisdiction, ct)).Where(IsDelegated)
            .OrderBy(p => p.Item.Department, StringComparer.Ordinal).ThenBy(p => p.Item.Code, StringComparer.Ordinal).ToList();

    public static bool IsDelegated(PowerItem p) => p.Mode is DelegationMode.Dispatched or DelegationMode.Joint;
}
