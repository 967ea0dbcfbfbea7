using System.Text.Json;

namespace Enforcement.Inbox.Import;

/// <summary>
/// Reads a JSON array of work-order objects, keeping each element's array index and the line it starts
/// on. A JSON syntax error stops reading there: the elements before it still land, the error is reported
/// with its line.
/// </summary>
internal static class JsonRows
{
    public static (List<ImportRow> Rows, string? FileError) Read(byte[] utf8)
    {
        var rows = new List<ImportRow>();
        var span = utf8.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        var reader = new Utf8JsonReader(span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var lines = new LineCounter();
        var index = 0;
        try
        {
            if (!reader.Read()) return ([], "请求体为空：须为 JSON 数组");
            if (reader.TokenType != JsonTokenType.StartArray) return ([], "请求体须为 JSON 数组，每个元素是一个工单对象");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = lines.LineAt(span, (int)reader.TokenStartIndex);
                using var element = JsonDocument.ParseValue(ref reader);
                rows.Add(Row(element.RootElement, line, index++));
            }
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            rows.Add(ImportRow.Broken(line, index, $"JSON 语法错误（第 {line} 行第 {(ex.BytePositionInLine ?? 0) + 1} 个字节附近），此处及其后的内容未能读取"));
        }
        return (rows, null);
    }

    private static ImportRow Row(JsonElement element, int line, int index)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return ImportRow.Broken(line, index, $"第 {index} 个元素须为工单对象，收到 {Kind(element.ValueKind)}");
        var values = new Dictionary<string, string?>();
        var errors = new List<string>();
        foreach (var property in element.EnumerateObject())
        {
            var column = ImportRow.Columns.FirstOrDefault(c => c.Equals(property.Name, StringComparison.OrdinalIgnoreCase));
            if (column is null) continue;   // other fields a channel sends are ignored
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String: values[column] = property.Value.GetString(); break;
                case JsonValueKind.Number: values[column] = property.Value.GetRawText(); break;
                case JsonValueKind.Null: values[column] = null; break;
                default: errors.Add($"字段 {column} 须为文本或数字，收到 {Kind(property.Value.ValueKind)}"); break;
            }
        }
        return new ImportRow(line, index, values, errors);
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.True or JsonValueKind.False => "布尔值",
        JsonValueKind.Number => "数字",
        JsonValueKind.String => "文本",
        _ => "空值",
    };

    /// <summary>Counts newlines forward only, so finding every element's line stays linear.</summary>
    private sealed class LineCounter
    {
        private int _position;
        private int _line = 1;

        public int LineAt(ReadOnlySpan<byte> text, int offset)
        {
            for (; _position < offset && _position < text.Length; _position++)
                if (text[_position] == (byte)'\n') _line++;
            return _line;
        }
    }
}
