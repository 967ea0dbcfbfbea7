using System.Text.Json;
using Enforcement.Cases.Cases;
using Enforcement.Cases.Persistence;
using Enforcement.Cases.Procedure;
using Enforcement.Cases.Procedure.Rules;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Messages.Audit;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Messages.Workforce;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static Enforcement.Cases.StoredUtc;

namespace Enforcement.Cases.Queries;

/// <summary>Gathers what the documents and the 卷宗 are made from: the case, its procedure and its recorded steps.</summary>
internal sealed class GetCaseFileHandler(CasesDbContext db, IMediator mediator, IOptions<JurisdictionOptions> jurisdictions)
    : IRequestHandler<GetCaseFile, CaseFile?>
{
    public async Task<CaseFile?> Handle(GetCaseFile r, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == r.CaseId, ct);
        if (c is null) return null;
        var p = c.Proceeding;
        var item = ItemSnapshot.Of(c);
        var record = await mediator.Send(new GetRecordOf("case", c.Id.ToString()), ct);
        var jurisdiction = jurisdictions.Value.Resolve(c.Jurisdiction)?.Name ?? c.Jurisdiction;

        return new CaseFile(
            c.Id, c.Number, $"{jurisdiction}综合行政执法大队", c.ItemCode, c.ItemName, c.DepartmentName,
            p is null ? null : p.Kind == ProcedureKind.Simple ? "simple" : "general",
            p is null ? null : new CaseParty(p.PartyName, p.PartyKind, p.PartyIdNumber, p.PartyAddress, p.PartyRepresentative),
            p?.Facts, [item.ViolatedCitation], [item.PenaltyCitation], item.Penalty.Wording,
            await OfficersAsync(c, p, ct), Inspection(c), Correction(p, item), Notice(p, item), Decision(p), Service(p),
            record.Select(e => new CaseStep(e.Action, ActionNames.Of(e.Action), e.At, e.Actor, null)).ToList());
    }

    /// <summary>
    /// The officers the documents name. Without a penalty proceeding these are the officers dispatched, whom the
    /// roster names with the certificate they held on the day of the inspection; a badge it does not know (a
    /// case from before dispatch was roster-checked) is shown as it was recorded.
    /// </summary>
    private async Task<IReadOnlyList<ActingOfficer>> OfficersAsync(Case c, Proceeding? p, CancellationToken ct)
    {
        if (p is not null) return p.Officers();
        var badges = c.DispatchedOfficers();
        if (badges.Count == 0) return [];
        var day = Clocks.Deadlines.LocalDate(c.ArrivedAt ?? c.DispatchedAt ?? c.OpenedAt);
        var known = (await mediator.Send(new CheckActingOfficers(badges, c.Department, day, null, c.Id), ct)).Officers;
        return badges.Select(b => known.FirstOrDefault(o => string.Equals(o.Badge, b, StringComparison.OrdinalIgnoreCase))
            ?? new ActingOfficer(b, b, null)).ToList();
    }

    private static CaseInspection? Inspection(Case c)
    {
        if (c.ArrivedAt is null) return null;
        var findings = new List<KeyValuePair<string, string>>();
        if (c.ResultJson is not null)
        {
            using var form = JsonDocument.Parse(c.FormJson);
            var labels = form.RootElement.GetProperty("fields").EnumerateArray()
                .ToDictionary(f => f.GetProperty("code").GetString()!, f => f.GetProperty("label").GetString()!);
            using var data = JsonDocument.Parse(c.ResultJson);
            foreach (var field in data.RootElement.EnumerateObject())
                findings.Add(new(labels.GetValueOrDefault(field.Name, field.Name), Format(field.Value)));
        }
        var place = c.ArrivalAddress ?? $"{c.ArrivalLatitude:0.######}, {c.ArrivalLongitude:0.######}";
        return new CaseInspection(At(c.ArrivedAt.Value), place, findings, c.ResultSummary);
    }

    private static string Format(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.Array => string.Join("、", v.EnumerateArray().Select(Format)),
        JsonValueKind.String => v.GetString() ?? "",
        JsonValueKind.Null => "",
        JsonValueKind.Object => Place(v) ?? string.Join("；", v.EnumerateObject().Select(p => $"{p.Name}：{Format(p.Value)}")),
        _ => v.GetRawText(),
    };

    /// <summary>A form's location answer <c>{lat, lng, address}</c> as a reader writes it: the address, then the coordinates.</summary>
    private static string? Place(JsonElement v)
    {
        var address = v.TryGetProperty("address", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        var coordinates = v.TryGetProperty("lat", out var lat) && v.TryGetProperty("lng", out var lng)
            && lat.ValueKind == JsonValueKind.Number && lng.ValueKind == JsonValueKind.Number
                ? $"{lat.GetDouble():0.######}, {lng.GetDouble():0.######}" : null;
        return (address, coordinates) switch
        {
            (null, null) => null,
            (null, _) => coordinates,
            (_, null) => address,
            _ => $"{address}（{coordinates}）",
        };
    }

    private static CaseCorrectionOrder? Correction(Proceeding? p, ItemSnapshot item) =>
        p?.CorrectionIssuedAt is { } at
            ? new CaseCorrectionOrder(p.CorrectionRequirement!, p.CorrectionDeadline!.Value, At(at), item.ViolatedCitation)
            : null;

    private static CasePriorNotice? Notice(Proceeding? p, ItemSnapshot item) =>
        p?.NoticeAt is { } at
            ? new CasePriorNotice(At(at), $"依据{item.PenaltyCitation}，拟给予{Penalties.Describe(p.ProposedKind!, p.ProposedAmount)}的行政处罚",
                p.StatementDeadline!.Value, p.HearingRight, p.HearingRequestDeadline)
            : null;

    private static CaseDecision? Decision(Proceeding? p) =>
        p?.DecidedAt is { } at
            ? new CaseDecision(p.DecisionNumber ?? "", At(at), p.DecisionKind!, p.DecisionAmount, p.DecisionText!, 15,
                p.DeviationReason, p.Kind == ProcedureKind.Simple)
            : null;

    private static CaseService? Service(Proceeding? p) =>
        p?.ServedAt is { } at ? new CaseService(At(at), p.ServiceMethod!, p.ServiceRecipient!, p.ServicePlace) : null;
}
