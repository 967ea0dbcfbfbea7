using Enforcement.Catalogue.Persistence;
using Enforcement.Shared.Messages.Catalogue;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Catalogue.Delegations;

internal static class DelegationQueries
{
    /// <summary>The delegations in force in a sub-district on a day, one per item.</summary>
    public static async Task<Dictionary<string, Delegation>> InForceAsync(CatalogueDbContext db, string jurisdiction, DateOnly day, CancellationToken ct) =>
        (await db.Delegations.AsNoTracking()
            .Where(d => d.Jurisdiction == jurisdiction && d.EffectiveFrom <= day && (d.EffectiveTo == null || d.EffectiveTo >= day))
            .ToListAsync(ct))
        .GroupBy(d => d.ItemCode)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.EffectiveFrom).First());
}

internal sealed class GetDelegationHandler(CatalogueDbContext db) : IRequestHandler<GetDelegation, DelegationSnapshot?>
{
    public async Task<DelegationSnapshot?> Handle(GetDelegation r, CancellationToken ct)
    {
        var row = await db.Delegations.AsNoTracking()
            .Where(d => d.Jurisdiction == r.Jurisdiction && d.ItemCode == r.ItemCode && d.EffectiveFrom <= r.On
                && (d.EffectiveTo == null || d.EffectiveTo >= r.On))
            .OrderByDescending(d => d.EffectiveFrom)
            .FirstOrDefaultAsync(ct);
        return row is null ? null : DelegationView.Snapshot(row);
    }
}
