using System.Globalization;
using System.Text.RegularExpressions;

namespace Enforcement.Evidence.Checks;

/// <summary>
/// When a photo was taken or a recording made: an ISO 8601 time that names its zone, not in the future.
/// A device's clock may run a little ahead of the server's, so a few minutes are allowed, as for work orders.
/// </summary>
internal static partial class CaptureTime
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public const string Example = "2026-11-27T10:30:00+08:00";

    /// <summary>Null and the time when it is acceptable; otherwise the Chinese reason.</summary>
    public static string? Check(string? raw, DateTimeOffset now, out DateTimeOffset capturedAt)
    {
        capturedAt = default;
        if (string.IsNullOrWhiteSpace(raw)) return $"拍摄（录制）时间（capturedAt）为必填项，须带时区，如 {Example}";
        if (!WithZone().IsMatch(raw.Trim())
            || !DateTimeOffset.TryParse(raw.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out capturedAt))
            return $"拍摄（录制）时间（capturedAt）须为带时区的 ISO 8601 时间，如 {Example}";
        if (capturedAt > now + ClockSkew)
            return $"拍摄（录制）时间不能晚于当前时间（{now.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}）";
        return null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WithZone();
}
