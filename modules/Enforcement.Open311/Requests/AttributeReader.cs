using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enforcement.Shared.Forms;
using Microsoft.AspNetCore.Http;

namespace Enforcement.Open311.Requests;

/// <summary>
/// The <c>attribute[code]</c> and <c>attribute[code][]</c> fields of a posted request, checked against
/// the item's form with the same validator officers' records go through.
/// </summary>
internal static partial class AttributeReader
{
    [GeneratedRegex(@"^attribute\[(?<code>[^\[\]]+)\](\[\])?$")]
    private static partial Regex Key();

    /// <summary>Attribute code → its non-empty values; an empty value is as if absent.</summary>
    public static Dictionary<string, List<string>> Read(IFormCollection form)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, raw) in form)
        {
            var m = Key().Match(key);
            if (!m.Success) continue;
            var list = raw.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
            if (list.Count == 0) continue;
            var code = m.Groups["code"].Value;
            if (values.TryGetValue(code, out var existing)) existing.AddRange(list);
            else values[code] = list;
        }
        return values;
    }

    /// <summary>Each problem as one message naming the attribute: unknown codes, missing required ones, bad values.</summary>
    public static IReadOnlyList<string> Validate(FormDefinition form, IReadOnlyDictionary<string, List<string>> values)
    {
        var problems = new List<string>();
        var data = new Dictionary<string, JsonElement>();
        foreach (var (code, list) in values)
        {
            var field = form.Fields.FirstOrDefault(f => f.Code == code);
            if (field is not null && field.Type != FieldType.MultiChoice && list.Count > 1)
            {
                problems.Add($"attribute[{code}]：{field.Label}只能填一个值（only one value allowed）");
                continue;
            }
            data[code] = field is null ? JsonSerializer.SerializeToElement(list[0]) : ToJson(field, list);
        }
        problems.AddRange(FormValidator.Validate(form, data).Select(e => $"attribute[{e.Field}]：{e.Message}"));
        return problems;
    }

    // The validator reads typed JSON; Open311 sends strings. Numbers and places are converted here.
    private static JsonElement ToJson(FormField field, List<string> list) => field.Type switch
    {
        FieldType.MultiChoice => JsonSerializer.SerializeToElement(list),
        FieldType.Number when decimal.TryParse(list[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var n) =>
            JsonSerializer.SerializeToElement(n),
        FieldType.Location => JsonSerializer.SerializeToElement(Place(list[0])),
        _ => JsonSerializer.SerializeToElement(list[0]),
    };

    // "lat,long" is a point; anything else an address.
    private static object Place(string s)
    {
        var parts = s.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lng)
            ? new { lat, lng }
            : new { address = s };
    }
}
