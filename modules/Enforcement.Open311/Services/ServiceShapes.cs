using Enforcement.Open311.Wire;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Messages.Catalogue;

namespace Enforcement.Open311.Services;

/// <summary>How an item and its form are shown as an Open311 service and service definition.</summary>
internal static class ServiceShapes
{
    public static Service Service(PowerItem p) => new(
        p.Item.Code, p.Item.Name, Description(p), Metadata: true, Type: "realtime",
        string.Join(", ", p.Item.Matching.Keywords), p.DepartmentName);

    /// <summary>The legal basis and the penalty wording, e.g. 违反《…》第…条；依据《…》第…条：责令改正，并处…</summary>
    public static string Description(PowerItem p) =>
        $"违反{p.Item.Violated}；依据{p.Item.PenaltyBasis}：{p.Item.Penalty.Wording}。（{p.Mode.Chinese()}）";

    public static ServiceDefinition Definition(PowerItem p) => new(
        p.Item.Code,
        p.Form.Fields.Select((f, i) => new ServiceAttribute(
            Variable: true, f.Code, f.Type.DataType(), f.Required, DatatypeDescription(f), i + 1, FieldDescription(f),
            f.Options.Select(o => new AttributeValue(o, o)).ToList())).ToList());

    private static string FieldDescription(FormField f) => f.Help is null ? f.Label : $"{f.Label}（{f.Help}）";

    private static string? DatatypeDescription(FormField f) => f.Type switch
    {
        FieldType.Number => $"数字，单位：{f.Unit}{Range(f)}",
        FieldType.DateTime => "带时区的日期时间，如 2026-11-27T10:30:00+08:00",
        FieldType.Location => "地址，或“纬度,经度”（如 31.98,118.79）",
        FieldType.Photo => "照片的链接或证据编号",
        FieldType.Video => "视频的链接或证据编号",
        FieldType.Audio => "录音的链接或证据编号",
        FieldType.Choice => "从 values 中选一项，填其 key",
        FieldType.MultiChoice => "从 values 中选一项或多项，以 attribute[code][] 逐项提交",
        _ => null,
    };

    private static string Range(FormField f) => (f.Min, f.Max) switch
    {
        ({ } min, { } max) => $"，{min}～{max}",
        ({ } min, null) => $"，不小于 {min}",
        (null, { } max) => $"，不大于 {max}",
        _ => "",
    };
}
