using System.Text.Json;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Primitives;

namespace Enforcement.Inbox.WorkOrders;

public sealed record WorkOrderView(
    Guid Id, string Number, string Jurisdiction, string Channel, string ChannelName, string ExternalId, string Text,
    string? Address, double? Latitude, double? Longitude, DateTimeOffset ReportedAt, DateTimeOffset ReceivedAt,
    string Status, string StatusName, bool NeedsManualTriage, IReadOnlyList<SuggestionView> Suggestions,
    IReadOnlyDictionary<string, string> TriageFailures, Guid? CaseId, string? CaseNumber, string? ServiceCode, Guid? DuplicateOf,
    DateTimeOffset UpdatedAt, string? UnlinkReason, NotEnforcement? NotEnforcement)
{
    internal static WorkOrderView Of(WorkOrder w) => new(
        w.Id, w.Number, w.Jurisdiction, w.Channel, Channels.Names[w.Channel], w.ExternalId, w.Text, w.Address,
        w.Latitude, w.Longitude, new DateTimeOffset(w.ReportedAt), new DateTimeOffset(w.ReceivedAt),
        StatusCode(w.Status), NameOfStatus(w.Status), w.Status == WorkOrderStatus.ManualTriage,
        w.SuggestionsJson is null ? [] : JsonSerializer.Deserialize<List<SuggestionView>>(w.SuggestionsJson)!,
        w.TriageFailuresJson is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(w.TriageFailuresJson)!,
        w.CaseId, w.CaseNumber, w.ServiceCode, w.DuplicateOfId, new DateTimeOffset(w.UpdatedAt), w.UnlinkReason,
        w.NotEnforcementJson is null ? null : JsonSerializer.Deserialize<NotEnforcement>(w.NotEnforcementJson));

        internal static string StatusCode(WorkOrderStatus s) => s switch
    {
        WorkOrderStatus.Received => "received",
        WorkOrderStatus.Triaged => "triaged",
        WorkOrderStatus.ManualTriage => "manual-triage",
        WorkOrderStatus.CaseOpened => "case-opened",
        WorkOrderStatus.Linked => "linked",
        _ => "closed",
    };

    internal static string NameOfStatus(WorkOrderStatus s) => s switch
    {
        WorkOrderStatus.Received => "已接收",
        WorkOrderStatus.Triaged => "待分拨",
        WorkOrderStatus.ManualTriage => "需人工分拨",
        WorkOrderStatus.CaseOpened => "处置中",
        WorkOrderStatus.Linked => "重复件（已并案）",
        _ => "已办结",
    };
}

/// <summary>
/// One triage suggestion as the API gives it. <c>legalBasis</c> is the provision that sets the penalty:
/// the short law name and the article number.
/// </summary>
public sealed record SuggestionView(string ItemCode, string ItemName, string Department, double Score, LegalBasisRef LegalBasis)
{
    public static SuggestionView Of(ItemSuggestion s) =>
        new(s.ItemCode, s.ItemName, s.Department, s.Score, new LegalBasisRef(s.LegalBasis.Law, s.LegalBasis.Article, s.LegalBasis.ToString()));
}

public sealed record LegalBasisRef(string Law, int Article, string Citation);
