using Enforcement.Cases.Cases;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Messages.Catalogue;
using Enforcement.Shared.Messages.Workforce;
using Enforcement.Shared.Primitives;
using Enforcement.Shared.Rules.Discretion;
using MediatR;

namespace Enforcement.Cases.Procedure.Actions;

/// <summary>What several procedure steps ask of other modules: the roster's check of the officers, and the item's discretion band.</summary>
[ModuleService]
internal sealed class ProcedureSupport(IMediator mediator)
{
    /// <summary>行政处罚法 第42条、第43条 via the roster; returns the problem, or the officers as the roster knows them.</summary>
    public async Task<(Problem? Problem, IReadOnlyList<ActingOfficer> Officers)> CheckOfficersAsync(
        Case c, IReadOnlyList<string>? badges, string? party, DateTime now, CancellationToken ct)
    {
        var list = (badges ?? []).Select(b => b?.Trim() ?? "").Where(b => b.Length > 0).Distinct().ToList();
        var check = await mediator.Send(new CheckActingOfficers(list, c.Department, Clocks.Deadlines.LocalDate(now), party, c.Id), ct);
        return check.Passed
            ? (null, check.Officers)
            : (new Problem(ProblemKind.Refused, string.Join("；", check.Problems),
                new Dictionary<string, string[]> { ["officers"] = [.. check.Problems] }), []);
    }

    /// <summary>The discretion band for the facts, or null when the item's module is not loaded or sets no fine band.</summary>
    public async Task<DiscretionOutcome?> BandAsync(Case c, PartyKind party, CircumstancesBody? circumstances, CancellationToken ct)
    {
        var item = await mediator.Send(new GetEnforcementItem(c.ItemCode), ct);
        return item is null ? null : DiscretionBenchmark.Decide(item.Item, (circumstances ?? new CircumstancesBody()).ToFacts(party));
    }

    public static Problem Invalid(string field, string message) =>
        new(ProblemKind.Invalid, message, new Dictionary<string, string[]> { [field] = [message] });

    public static Problem Refused(string message) => new(ProblemKind.Refused, message);

    /// <summary>Checks and copies the party onto the proceeding.</summary>
    public static Problem? ApplyParty(Proceeding p, PartyBody? party)
    {
        if (string.IsNullOrWhiteSpace(party?.Name)) return Invalid("party.name", "须填写当事人姓名或名称");
        if (party.Kind is not ("individual" or "organisation"))
            return Invalid("party.kind", "当事人类型须为 individual（公民）或 organisation（法人或其他组织）");
        p.PartyName = party.Name.Trim();
        p.PartyKind = party.Kind;
        p.PartyIdNumber = party.IdNumber?.Trim();
        p.PartyAddress = party.Address?.Trim();
        p.PartyRepresentative = party.Representative?.Trim();
        return null;
    }
}
