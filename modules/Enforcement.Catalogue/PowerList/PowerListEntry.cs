using Enforcement.Catalogue.Delegations;
using Enforcement.Catalogue.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Modules;
using Enforcement.Shared.Rules.Discretion;

namespace Enforcement.Catalogue.PowerList;

/// <summary>
/// One row of the public power list (权力清单): the power's type, method (the penalty as the law
/// states it), procedure, legal basis, and how it is delegated on the day asked.
/// </summary>
public sealed record PowerListEntry(
    string Code, string Name, string Type, string Department, string DepartmentName, string DepartmentKind, string Field,
    LegalBasisView Violated, LegalBasisView PenaltyBasis, PenaltyView Penalty, string Procedure, bool FirstOffenceExemption,
    IReadOnlyList<string> RequiredEvidence, string Mode, string ModeName, DateOnly? DelegatedFrom, string? DocumentNumber,
    Benchmark Benchmark)
{
    public const string PenaltyType = "行政处罚";

    internal static PowerListEntry Of(IDepartmentModule module, EnforcementItem item, Delegation? delegation)
    {
        var view = ItemView.Of(item, null);
        var mode = delegation is null ? DelegationMode.NotDelegated : DelegationModeNames.Parse(delegation.Mode)!.Value;
        return new PowerListEntry(item.Code, item.Name, PenaltyType, module.Key, module.Name, module.Kind.Chinese(), item.Field,
            view.Violated, view.PenaltyBasis, view.Penalty,
            item.SimpleProcedureAllowed ? "简易程序（当场处罚）或普通程序" : "普通程序",
            item.FirstOffenceExemption, view.RequiredEvidence, mode.Code(), mode.Chinese(),
            delegation?.EffectiveFrom, delegation?.DocumentNumber, Benchmark.Of(item));
    }
}

public sealed record PowerListCounts(int Total, int Dispatched, int Joint, int NotDelegated);

public sealed record PowerListView(string Jurisdiction, string JurisdictionName, DateOnly On, PowerListCounts Counts, IReadOnlyList<PowerListEntry> Items);

/// <summary>The published discretion bands of an item (自由裁量基准, 行政处罚法 第三十四条), per party.</summary>
public sealed record Benchmark(string Note, Bands? Individual, Bands? Organisation)
{
    internal static Benchmark Of(EnforcementItem item) =>
        new(StatutoryBands.AmountNote(item), Bands.Of(item, PartyKind.Individual), Bands.Of(item, PartyKind.Organisation));
}

public sealed record Bands(FineBand Lighter, FineBand Ordinary, FineBand Heavier)
{
    internal static Bands? Of(EnforcementItem item, PartyKind party) =>
        item.Penalty.BandFor(party) is null
            ? null
            : new Bands(StatutoryBands.Part(item, party, DiscretionBand.Lighter)!, StatutoryBands.Part(item, party, DiscretionBand.Ordinary)!,
                StatutoryBands.Part(item, party, DiscretionBand.Heavier)!);
}
