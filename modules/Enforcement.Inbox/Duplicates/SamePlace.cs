using System.Globalization;
using System.Text;

namespace Enforcement.Inbox.Duplicates;

/// <summary>
/// Whether two reports are about the same place: the same address once whitespace and punctuation are
/// stripped (full-width forms folded), or points within <see cref="NearMetres"/> of each other.
/// </summary>
internal static class SamePlace
{
    public const double NearMetres = 100;

    public static bool Match(string? addressA, double? latA, double? lonA, string? addressB, double? latB, double? lonB)
    {
        var a = Normalise(addressA);
        if (a.Length > 0 && a == Normalise(addressB)) return true;
        return latA is { } la && lonA is { } oa && latB is { } lb && lonB is { } ob && DistanceMetres(la, oa, lb, ob) <= NearMetres;
    }

    public static string Normalise(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return "";
        var folded = address.Normalize(NormalizationForm.FormKC);   // ０-９ → 0-9, full-width letters and signs
        var kept = new StringBuilder(folded.Length);
        foreach (var ch in folded)
        {
            var category = char.GetUnicodeCategory(ch);
            if (char.IsWhiteSpace(ch) || char.IsPunctuation(ch) || category is UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol or UnicodeCategory.Control or UnicodeCategory.Format) continue;
            kept.Append(char.ToLowerInvariant(ch));
        }
        return kept.ToString();
    }

    /// <summary>Great-circle distance (haversine) in metres.</summary>
    public static double DistanceMetres(double lat1, double lon1, double lat2, double lon2)
    {
        const double earth = 6_371_000;
        double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * earth * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
