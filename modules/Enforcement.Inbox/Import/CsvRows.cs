using System.Text;

namespace Enforcement.Inbox.Import;

/// <summary>
/// Reads RFC 4180 CSV (comma, double quotes, quoted fields may span lines) and keeps the physical line
/// each record starts on; the header is line 1. Blank lines are skipped but still counted.
/// </summary>
internal static class CsvRows
{
    /// <summary>The rows, or a whole-file error (no header, a required column missing).</summary>
    public static (List<ImportRow> Rows, string? FileError) Read(string text)
    {
        var records = Records(text).ToList();
        if (records.Count == 0) return ([], "文件为空：第 1 行须为表头");
        var header = records[0];
        if (header.Error is not null) return ([], $"第 {header.Line} 行表头无法读取：{header.Error}");
        var names = header.Fields.Select(f => ImportRow.Columns.FirstOrDefault(c => c.Equals(f.Trim(), StringComparison.OrdinalIgnoreCase))).ToList();
        var missing = ImportRow.Required.Where(r => !names.Contains(r)).ToList();
        if (missing.Count > 0)
            return ([], $"表头缺少必需的列：{string.Join("、", missing)}（列名：{string.Join(",", ImportRow.Columns)}）");

        var rows = new List<ImportRow>();
        foreach (var record in records.Skip(1))
        {
            if (record.Error is not null) { rows.Add(ImportRow.Broken(record.Line, null, record.Error)); continue; }
            if (record.Fields.Count != names.Count)
            {
                rows.Add(ImportRow.Broken(record.Line, null, $"列数不符：表头 {names.Count} 列，本行 {record.Fields.Count} 列"));
                continue;
            }
            var values = new Dictionary<string, string?>();
            for (var i = 0; i < names.Count; i++)
                if (names[i] is { } name) values[name] = record.Fields[i];
            rows.Add(new ImportRow(record.Line, null, values, []));
        }
        return (rows, null);
    }

    private sealed record Record(int Line, List<string> Fields, string? Error);

    private static IEnumerable<Record> Records(string text)
    {
        var line = 1;
        var i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF') i = 1;
        while (i < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            string? error = null;
            var quoted = false;
            var wasQuoted = false;
            var endOfRecord = false;
            while (i < text.Length && !endOfRecord)
            {
                var c = text[i++];
                if (quoted)
                {
                    if (c == '"' && i < text.Length && text[i] == '"') { field.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else
                    {
                        if (c == '\n' || (c == '\r' && (i >= text.Length || text[i] != '\n'))) line++;
                        field.Append(c);
                    }
                    continue;
                }
                switch (c)
                {
                    case ',':
                        fields.Add(field.ToString()); field.Clear(); wasQuoted = false;
                        break;
                    case '\r' when i < text.Length && text[i] == '\n':
                        break;
                    case '\r' or '\n':
                        line++; endOfRecord = true;
                        break;
                    case '"' when field.Length == 0 && !wasQuoted:
                        quoted = wasQuoted = true;
                        break;
                    default:
                        if (wasQuoted || c == '"') error ??= "引号使用有误：含引号、逗号或换行的字段须整体用英文双引号括起，字段内的引号写作两个双引号";
                        field.Append(c);
                        break;
                }
            }
            if (quoted) error = "引号未闭合，本行起至文件末尾无法读取";
            fields.Add(field.ToString());
            if (fields.Count == 1 && string.IsNullOrWhiteSpace(fields[0]) && !wasQuoted && error is null) continue;   // blank line
            yield return new Record(start, fields, error);
        }
    }
}
