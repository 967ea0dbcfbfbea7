using System.Text.Json;
using System.Text.Json.Serialization;

namespace Enforcement.Routing.Evaluation;

/// <summary>One labelled complaint: its text, the department key (or "none"), and the acceptable item codes.</summary>
internal sealed record EvaluationCase(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("department")] string Department,
    [property: JsonPropertyName("items")] IReadOnlyList<string>? Items)
{
    public const string NotEnforcement = "none";

    public bool IsEnforcement => Department != NotEnforcement;

    public static IReadOnlyList<EvaluationCase> Read(string file)
    {
        var cases = new List<EvaluationCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var c = JsonSerializer.Deserialize<EvaluationCase>(line)
                ?? throw new FormatException($"第 {lineNumber} 行为空");
            if (string.IsNullOrWhiteSpace(c.Text) || string.IsNullOrWhiteSpace(c.Department))
                throw new FormatException($"第 {lineNumber} 行缺少 text 或 department");
            cases.Add(c);
        }
        return cases;
    }
}
