using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Enforcement.Shared.Forms;

/// <summary>A field that failed validation; the message is shown to the officer, so it is Chinese.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>Checks submitted form data against the form's typed fields.</summary>
public static partial class FormValidator
{
    public static IReadOnlyList<FieldError> Validate(FormDefinition form, IReadOnlyDictionary<string, JsonElement> data)
    {
        var errors = new List<FieldError>();
        foreach (var key in data.Keys.Where(k => form.Fields.All(f => f.Code != k)))
            errors.Add(new FieldError(key, $"表单“{form.Title}”没有字段 {key}"));

        foreach (var field in form.Fields)
        {
            if (!data.TryGetValue(field.Code, out var value) || IsEmpty(value))
            {
                if (field.Required) errors.Add(new FieldError(field.Code, $"{field.Label}为必填项"));
                continue;
            }
            var message = Check(field, value);
            if (message is not null) errors.Add(new FieldError(field.Code, message));
        }
        return errors;
    }

    private static bool IsEmpty(JsonElement v) =>
        v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
        || (v.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetString()))
        || (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() == 0);

    private static string? Check(FormField field, JsonElement v) => field.Type switch
    {
        FieldType.Text => v.ValueKind == JsonValueKind.String ? null : $"{field.Label}应为文字",
        FieldType.Number => CheckNumber(field, v),
        FieldType.Choice => v.ValueKind == JsonValueKind.String && field.Options.Contains(v.GetString())
            ? null : $"{field.Label}须从以下选项中选择：{string.Join("、", field.Options)}",
        FieldType.MultiChoice => v.ValueKind == JsonValueKind.Array
            && v.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String && field.Options.Contains(e.GetString()))
            ? null : $"{field.Label}须从以下选项中选择：{string.Join("、", field.Options)}",
        FieldType.DateTime => v.ValueKind == JsonValueKind.String && IsZonedDateTime(v.GetString()!)
            ? null : $"{field.Label}应为带时区的日期时间，如 2026-11-27T10:30:00+08:00",
        FieldType.Location => CheckLocation(field, v),
        FieldType.Photo or FieldType.Video or FieldType.Audio => CheckEvidence(field, v),
        _ => $"{field.Label}的类型未知",
    };

    // ISO 8601 with a date, a time and an explicit zone (Z or ±hh:mm): a local time without a zone is ambiguous.
    private static bool IsZonedDateTime(string s) =>
        ZonedDateTime().IsMatch(s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex ZonedDateTime();

    private static string? CheckNumber(FormField field, JsonElement v)
    {
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var n))
            return $"{field.Label}应为数字（单位：{field.Unit}）";
        if (field.Min is { } min && n < min) return $"{field.Label}不得小于 {min}{field.Unit}";
        if (field.Max is { } max && n > max) return $"{field.Label}不得大于 {max}{field.Unit}";
        return null;
    }

    private static string? CheckLocation(FormField field, JsonElement v)
    {
        if (v.ValueKind != JsonValueKind.Object) return $"{field.Label}应为位置（经纬度或地址）";
        var hasAddress = v.TryGetProperty("address", out var a) && a.ValueKind == JsonValueKind.String && a.GetString()!.Trim().Length > 0;
        var hasPoint = v.TryGetProperty("lat", out var lat) && lat.ValueKind == JsonValueKind.Number && lat.GetDouble() is >= -90 and <= 90
            && v.TryGetProperty("lng", out var lng) && lng.ValueKind == JsonValueKind.Number && lng.GetDouble() is >= -180 and <= 180;
        return hasAddress || hasPoint ? null : $"{field.Label}须给出有效经纬度（lat、lng）或地址（address）";
    }

    // Evidence fields hold references to stored evidence: one string or an array of strings.
    private static string? CheckEvidence(FormField field, JsonElement v)
    {
        var ok = v.ValueKind == JsonValueKind.String
            || (v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String && e.GetString()!.Length > 0));
        return ok ? null : $"{field.Label}应为证据编号或证据编号列表";
    }
}
