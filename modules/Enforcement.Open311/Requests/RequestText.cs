using System.Text.RegularExpressions;

namespace Enforcement.Open311.Requests;

/// <summary>
/// How an Open311 request travels in a work order: its text is the resident's description (or the
/// service's name) plus a line for the media URL; an <c>address_id</c> travels as the address.
/// Names, phone and e-mail are never written into it, and are struck from the description too.
/// </summary>
internal static partial class RequestText
{
    public const string ExternalIdPrefix = "open311-";
    private const string MediaLine = "附件：";
    private const string AddressIdPrefix = "地址编号：";
    private const string Struck = "***";

    public static string Compose(string? description, string serviceName, string? mediaUrl, IEnumerable<string?> personal)
    {
        var text = description is null ? serviceName : Strike(description, personal);
        return mediaUrl is null ? text : $"{text}\n{MediaLine}{mediaUrl}";
    }

    public static string AddressOf(string addressId) => AddressIdPrefix + addressId;

    /// <summary>Reads a work order's text and address back as Open311 fields.</summary>
    public static (string Description, string? MediaUrl, string? Address, string? AddressId) Read(string text, string? address)
    {
        var lines = text.Split('\n');
        var media = lines.LastOrDefault(l => l.StartsWith(MediaLine, StringComparison.Ordinal))?[MediaLine.Length..];
        var description = string.Join("\n", lines.Where(l => !l.StartsWith(MediaLine, StringComparison.Ordinal))).Trim();
        return address is not null && address.StartsWith(AddressIdPrefix, StringComparison.Ordinal)
            ? (Mask(description), media, null, address[AddressIdPrefix.Length..])
            : (Mask(description), media, address, null);
    }

    /// <summary>Strikes the caller's own name, phone and e-mail out of free text (names of two characters or more).</summary>
    private static string Strike(string text, IEnumerable<string?> personal) =>
        personal.Where(p => p is { Length: >= 2 }).OrderByDescending(p => p!.Length)
            .Aggregate(text, (t, p) => t.Replace(p!, Struck, StringComparison.OrdinalIgnoreCase));

    /// <summary>A second guard on output: mobile numbers and e-mail addresses typed into a description are not published.</summary>
    public static string Mask(string text) => Email().Replace(Mobile().Replace(text, Struck), Struck);

    [GeneratedRegex(@"(?<!\d)(\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();
}
