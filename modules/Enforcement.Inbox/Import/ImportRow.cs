using System.Globalization;
using Enforcement.Shared.Messages.Inbox;

namespace Enforcement.Inbox.Import;

/// <summary>
/// One row of a batch as read from the file: where it starts (physical line, 1-based; for JSON also the
/// array index) and its values by column name, or why it could not be read at all.
/// </summary>
internal sealed record ImportRow(int Line, int? Index, IReadOnlyDictionary<string, string?> Values, IReadOnlyList<string> Errors)
{
    /// <summary>The documented columns, in the order a CSV file is expected to carry them.</summary>
    public static readonly string[] Columns = ["externalId", "text", "address", "latitude", "longitude", "reportedAt", "jurisdiction"];

    public static readonly string[] Required = ["externalId", "text", "reportedAt"];

    public string? ExternalId => Values.GetValueOrDefault("externalId")?.Trim() is { Length: > 0 } id ? id : null;

    public static ImportRow Broken(int line, int? index, string error) =>
        new(line, index, new Dictionary<string, string?>(), [error]);

    /// <summary>The intake command for this row, or the field errors that stop it.</summary>
    public (ReceiveWorkOrder? Command, List<string> Errors) ToCommand(string channel)
    {
        var errors = Errors.ToList();
        if (errors.Count > 0) return (null, errors);
        string? Get(string column) => Values.GetValueOrDefault(column) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        double? Number(string column, string name)
        {
            var raw = Get(column);
            if (raw is null) return null;
            if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) return n;
            errors.Add($"{name}（{column}）须为数字，收到“{raw}”");
            return null;
        }

        var latitude = Number("latitude", "纬度");
        var longitude = Number("longitude", "经度");
        DateTimeOffset? reportedAt = null;
        var rawTime = Get("reportedAt");
        if (rawTime is null) errors.Add($"反映时间（reportedAt）为必填项，须带时区，如 {W3cTime.Example}");
        else if (W3cTime.TryParse(rawTime, out var t)) reportedAt = t;
        else errors.Add($"反映时间（reportedAt）须为带时区的 W3C 时间，如 {W3cTime.Example}，收到“{rawTime}”");
        if (Get("text") is null) errors.Add("诉求内容（text）为必填项");
        if (errors.Count > 0) return (null, errors);

        return (new ReceiveWorkOrder(channel, Get("externalId"), Get("text"), Get("address"), reportedAt, latitude, longitude, Get("jurisdiction")), errors);
    }
}
