using System.Text.Json;
using static Enforcement.Cases.StoredUtc;

namespace Enforcement.Cases.Cases;

public sealed record ClockView(
    string Kind, string Name, string Source, string Basis, string BasisName, int Length, bool IsWindow,
    DateTimeOffset StartedAt, DateTimeOffset DueAt,
    DateTimeOffset? StoppedAt, string? StopNote, DateTimeOffset? OverdueAt, DateTimeOffset? PausedAt, string? PauseReason,
    int ExtendedBy, string? ExtensionReason, string State, string StateName, double RemainingSeconds);

public sealed record CaseView(
    Guid Id, string Number, string Jurisdiction, Guid WorkOrderId, string WorkOrderNumber,
    string ItemCode, int ItemVersion, string ItemName, string Department, string DepartmentName,
    JsonElement ItemSnapshot, JsonElement Form, string? OverrideReason, string DelegationMode, JsonElement Delegation,
    string Status, string StatusName, bool IsMajor, string? MajorReason, bool IsOverdue,
    DateTimeOffset OpenedAt, IReadOnlyList<string> Officers, DateTimeOffset? DispatchedAt,
    DateTimeOffset? ArrivedAt, double? ArrivalLatitude, double? ArrivalLongitude, string? ArrivalAddress,
    DateTimeOffset? OpinionAt, string? Opinion, DateTimeOffset? ResultAt, JsonElement? Result, string? ResultSummary,
    DateTimeOffset? ClosedAt, string? Satisfaction, string? SatisfactionComment, DateTimeOffset? RatedAt,
    IReadOnlyList<string> AllowedActions, IReadOnlyList<ClockView> Clocks,
    Procedure.ProceedingView? Proceeding, IReadOnlyList<CaseActionView> Actions, DateTimeOffset? ArchivedAt, string? ArchivedBy)
{
    internal static CaseView Of(Case c, DateTime now) => new(
        c.Id, c.Number, c.Jurisdiction, c.WorkOrderId, c.WorkOrderNumber, c.ItemCode, c.ItemVersion, c.ItemName,
        c.Department, c.DepartmentName, Parse(c.ItemSnapshotJson), Parse(c.FormJson), c.OverrideReason, c.DelegationMode, Parse(c.DelegationJson),
        CaseStates.Code(c.Status), CaseStates.Name(c.Status), c.IsMajor, c.MajorReason, c.IsOverdue,
        At(c.OpenedAt), c.DispatchedOfficers(),
        At(c.DispatchedAt), At(c.ArrivedAt), c.ArrivalLatitude, c.ArrivalLongitude, c.ArrivalAddress,
        At(c.OpinionAt), c.Opinion, At(c.ResultAt), c.ResultJson is null ? null : Parse(c.ResultJson), c.ResultSummary,
        At(c.ClosedAt), c.Satisfaction, c.SatisfactionComment, At(c.RatedAt), CaseStates.AllowedActions(c),
        c.Clocks.OrderBy(k => k.StartedAt).ThenBy(k => k.Kind).Select(k => Clock(k, now)).ToList(),
        c.Proceeding is null ? null : Procedure.ProceedingView.Of(c.Proceeding, Enforcement.Cases.Clocks.Deadlines.LocalDate(now)),
        CaseActionCatalog.For(c), At(c.ArchivedAt), c.ArchivedBy);

    private static ClockView Clock(Clock k, DateTime now)
    {
        var (state, name) = (k.StoppedAt, k.OverdueAt) switch
        {
            (null, null) when k.PausedAt is not null => ("paused", "已暂停"),
            (null, null) when k.IsWindow && now > k.DueAt => ("elapsed", "已届满"),
            (null, null) => ("running", "计时中"),
            (null, not null) => ("overdue", "已超时"),
            (not null, null) when k.StopNote is not null => ("stopped", "已停止"),
            (not null, null) => ("met", "按时完成"),
            _ => ("met-late", "超时完成"),
        };
        // A paused clock shows the time it had left when it was paused.
        var remaining = k.StoppedAt is null ? (k.DueAt - (k.PausedAt ?? now)).TotalSeconds : 0;
        return new ClockView(k.Kind, k.Name, k.Source, k.Basis, Enforcement.Cases.Clocks.ClockBasis.Name(k.Basis), k.Length, k.IsWindow,
            At(k.StartedAt), At(k.DueAt), At(k.StoppedAt), k.StopNote,
            At(k.OverdueAt), At(k.PausedAt), k.PauseReason, k.ExtendedBy, k.ExtensionReason, state, name, Math.Round(remaining));
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
