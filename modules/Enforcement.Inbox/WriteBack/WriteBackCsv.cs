using System.Text;

namespace Enforcement.Inbox.WriteBack;

/// <summary>The write-back as RFC 4180 CSV: a header of the documented column names, one row per work order.</summary>
internal static class WriteBackCsv
{
    public static string Write(IEnumerable<WriteBackRow> rows)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', WriteBackRow.CsvColumns).Append("\r\n");
        foreach (var row in rows) csv.AppendJoin(',', row.CsvValues().Select(Field)).Append("\r\n");
        return csv.ToString();
    }

    private static string Field(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
