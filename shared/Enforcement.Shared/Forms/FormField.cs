namespace Enforcement.Shared.Forms;

public enum FieldType
{
    Text,
    Number,
    Choice,
    MultiChoice,
    DateTime,
    Location,
    Photo,
    Video,
    Audio,
}

/// <summary>
/// One typed field of a form. Numbers carry a unit and an optional range; choices carry their options.
/// Photo, video and audio fields hold evidence references.
/// </summary>
public sealed record FormField(string Code, string Label, FieldType Type, bool Required = true)
{
    public string? Unit { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public IReadOnlyList<string> Options { get; init; } = [];
    public string? Help { get; init; }

    public static FormField Number(string code, string label, string unit, decimal? min = null, decimal? max = null, bool required = true) =>
        new(code, label, FieldType.Number, required) { Unit = unit, Min = min, Max = max };

    public static FormField Choice(string code, string label, params string[] options) =>
        new(code, label, FieldType.Choice) { Options = options };
}
