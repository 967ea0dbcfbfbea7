using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Cases.Actions;

/// <summary>Records arrival on site (time from the server clock, place from the officer).</summary>
public sealed record RecordArrival(Guid CaseId, double? Latitude, double? Longitude, string? Address) : ICommand<Result<CaseView>>;

internal sealed class RecordArrivalHandler(CaseChanges changes, ClockKeeper clocks) : IRequestHandler<RecordArrival, Result<CaseView>>
{
    public Task<Result<CaseView>> Handle(RecordArrival r, CancellationToken ct) =>
        changes.ApplyAsync(r.CaseId, "arrival", async (c, now) =>
        {
            var hasPoint = r.Latitude is >= -90 and <= 90 && r.Longitude is >= -180 and <= 180;
            if (!hasPoint && string.IsNullOrWhiteSpace(r.Address))
                return new Problem(ProblemKind.Invalid, "到场须记录位置",
                    new Dictionary<string, string[]> { ["address"] = ["须给出到场位置：有效经纬度（latitude、longitude）或地址（address）"] });
            c.ArrivedAt = now;
            c.ArrivalLatitude = hasPoint ? r.Latitude : null;
            c.ArrivalLongitude = hasPoint ? r.Longitude : null;
            c.ArrivalAddress = r.Address?.Trim();
            c.Status = CaseStatus.OnSite;
            await clocks.StopAsync(c, ClockKinds.Arrival, now, ct);
            if (!c.IsMajor) clocks.Start(c, ClockKinds.Result, now);
            return null;
        }, ct);
}
