using Enforcement.Shared.Messages.Inbox;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;

namespace Enforcement.Inbox.Intake;

/// <summary>Checks an intake body field by field; every message is Chinese and names the field.</summary>
internal static class ReceiveWorkOrderValidator
{
    public const int MaxText = 4000;
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static Dictionary<string, string[]> Validate(ReceiveWorkOrder r, JurisdictionOptions jurisdictions, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [message];

        if (!Channels.IsKnown(r.Channel))
            Add("channel", $"来源渠道须为以下之一：{string.Join("、", Channels.Names.Keys)}");
        if (string.IsNullOrWhiteSpace(r.ExternalId)) Add("externalId", "外部编号（externalId）为必填项");
        else if (r.ExternalId.Length > 100) Add("externalId", "外部编号不得超过 100 个字符");
        if (string.IsNullOrWhiteSpace(r.Text)) Add("text", "诉求内容（text）为必填项");
        else if (r.Text.Length > MaxText) Add("text", $"诉求内容不得超过 {MaxText} 个字符");
        if (r.Address is { Length: > 500 }) Add("address", "地址不得超过 500 个字符");

        var hasPoint = r.Latitude is not null || r.Longitude is not null;
        if (hasPoint && (r.Latitude is not (>= -90 and <= 90) || r.Longitude is not (>= -180 and <= 180)))
            Add("latitude", "经纬度须成对给出，纬度在 -90 至 90 之间，经度在 -180 至 180 之间");
        if (string.IsNullOrWhiteSpace(r.Address) && !hasPoint) Add("address", "须给出地址（address）或经纬度（latitude、longitude）");

        if (r.ReportedAt is null) Add("reportedAt", "反映时间（reportedAt）为必填项，须带时区，如 2026-11-27T10:30:00+08:00");
        else if (r.ReportedAt > now + ClockSkew) Add("reportedAt", "反映时间不能晚于当前时间");

        if (jurisdictions.Resolve(r.Jurisdiction) is null)
            Add("jurisdiction", jurisdictions.Served.Count > 1 && string.IsNullOrWhiteSpace(r.Jurisdiction)
                ? $"本系统服务多个街道，须注明 jurisdiction：{string.Join("、", jurisdictions.Served.Select(j => j.Code))}"
                : $"未知的街道编码 {r.Jurisdiction}");
        return errors;
    }
}
