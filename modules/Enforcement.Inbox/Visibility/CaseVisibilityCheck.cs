using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Inbox.Visibility;

/// <summary>
/// Which work orders a caller may read. A liaison (confined to its department) sees only work orders
/// whose case is a joint case of its department; the inbox does not keep a case's department, so it
/// asks the cases module, once per case.
/// </summary>
[ModuleService]
internal sealed class CaseVisibilityCheck(ICurrentActor actor, IMediator mediator)
{
    public string? ConfinedTo { get; } = CaseVisibility.ConfinedToDepartment(actor);

    public async Task<bool> ShowsAsync(WorkOrder order, CancellationToken ct) =>
        ConfinedTo is null || (order.CaseId is { } caseId && await ShowsCaseAsync(caseId, new Dictionary<Guid, bool>(), ct));

    public async Task<List<WorkOrder>> FilterAsync(IEnumerable<WorkOrder> orders, CancellationToken ct)
    {
        if (ConfinedTo is null) return orders.ToList();
        var seen = new Dictionary<Guid, bool>();
        var shown = new List<WorkOrder>();
        foreach (var order in orders)
            if (order.CaseId is { } caseId && await ShowsCaseAsync(caseId, seen, ct)) shown.Add(order);
        return shown;
    }

    private async Task<bool> ShowsCaseAsync(Guid caseId, Dictionary<Guid, bool> seen, CancellationToken ct)
    {
        if (seen.TryGetValue(caseId, out var known)) return known;
        return seen[caseId] = await CaseVisibility.ShowsCaseAsync(actor, mediator, caseId, ct);
    }
}
