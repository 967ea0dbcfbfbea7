using System.Globalization;

namespace Enforcement.Evidence.Checks;

/// <summary>Where the evidence was captured, as a point: optional, but latitude and longitude come as a valid pair.</summary>
internal static class Coordinates
{
    public const string Rule = "经纬度须成对给出，纬度（latitude）在 -90 至 90 之间，经度（longitude）在 -180 至 180 之间";

    /// <summary>Null and the point (or none) when acceptable; otherwise the Chinese reason.</summary>
    public static string? Check(string? latitude, string? longitude, out (double Latitude, double Longitude)? point)
    {
        point = null;
        var hasLat = !string.IsNullOrWhiteSpace(latitude);
        var hasLng = !string.IsNullOrWhiteSpace(longitude);
        if (!hasLat && !hasLng) return null;
        if (!hasLat || !hasLng) return Rule;
        if (!double.TryParse(latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
            || !double.TryParse(longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lng) || lng is < -180 or > 180)
            return Rule;
        point = (lat, lng);
        return null;
    }
}
