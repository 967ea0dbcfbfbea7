namespace Enforcement.Host.Plugins;

/// <summary>
/// A version range as plugins.json writes it: space-separated conditions, each <c>&gt;=</c>, <c>&gt;</c>,
/// <c>&lt;=</c>, <c>&lt;</c> or <c>=</c> followed by a version, all of which must hold.
/// </summary>
internal sealed class VersionRange
{
    private readonly List<(string Op, Version Bound)> _conditions = [];

    public string Text { get; }

    private VersionRange(string text) => Text = text;

    public static bool TryParse(string? text, out VersionRange range, out string error)
    {
        range = new VersionRange(text ?? "");
        error = "";
        var parts = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) { error = "为空"; return false; }
        foreach (var part in parts)
        {
            var op = new[] { ">=", "<=", ">", "<", "=" }.FirstOrDefault(part.StartsWith);
            if (op is null || !Version.TryParse(part[op.Length..], out var bound))
            {
                error = $"无法识别的条件“{part}”（应写成如 \">=1.0.0 <2.0.0\"）";
                return false;
            }
            range._conditions.Add((op, bound));
        }
        return true;
    }

    public bool Includes(Version v) => _conditions.All(c => c.Op switch
    {
        ">=" => v >= c.Bound,
        ">" => v > c.Bound,
        "<=" => v <= c.Bound,
        "<" => v < c.Bound,
        _ => v == c.Bound,
    });
}
