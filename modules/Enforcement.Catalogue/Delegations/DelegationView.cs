using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Messages.Catalogue;

namespace Enforcement.Catalogue.Delegations;

public sealed record DelegationView(
    Guid Id, string Jurisdiction, string ItemCode, string Department, string Mode, string ModeName,
    DateOnly EffectiveFrom, DateOnly? EffectiveTo, string? DocumentNumber, string Reason,
    DateTimeOffset RecordedAt, string RecordedBy)
{
    internal static DelegationView Of(Delegation d)
    {
        var mode = DelegationModeNames.Parse(d.Mode)!.Value;
        return new(d.Id, d.Jurisdiction, d.ItemCode, d.Department, d.Mode, mode.Chinese(), d.EffectiveFrom, d.EffectiveTo,
            d.DocumentNumber, d.Reason, new DateTimeOffset(d.RecordedAt), d.RecordedBy);
    }

    internal static DelegationSnapshot Snapshot(Delegation d) =>
        new(d.Id, d.ItemCode, d.Department, DelegationModeNames.Parse(d.Mode)!.Value, d.EffectiveFrom, d.EffectiveTo, d.DocumentNumber);
}
