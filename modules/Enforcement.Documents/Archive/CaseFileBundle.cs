using Enforcement.Documents.Layout;
using Enforcement.Documents.Templates;

namespace Enforcement.Documents.Archive;

/// <summary>
/// 卷宗 — the archived case file as one PDF: a cover, the contents, every document the case has
/// reached, the evidence list with each file's full SHA-256, and the record of the case with each
/// entry's hash. The cover and contents are written last, on the two pages kept for them, once the
/// page numbers are known.
/// </summary>
internal static class CaseFileBundle
{
    public static byte[] Write(string fontFamily, CaseFileInput input)
    {
        var c = input.Case;
        using var w = new DocumentWriter(fontFamily);
        var coverPage = w.ReservePage();
        var contentsPage = w.ReservePage();
        var contents = new List<(string Title, int Page)>();
        var documents = new DocumentInput(c, input.Evidence);
        foreach (var template in DocumentTemplates.All.Where(t => t.Missing(c) is null))
        {
            w.NewPage();
            contents.Add((template.Name(c), w.PageNumber));
            template.Write(w, documents);
        }
        w.NewPage();
        contents.Add(("证据清单", w.PageNumber));
        EvidenceList.Write(w, input);
        w.NewPage();
        contents.Add(("案件记录（全过程记录）", w.PageNumber));
        RecordList.Write(w, input);

        var pages = w.PageCount;
        w.Revisit(coverPage);
        Cover(w, input, pages);
        w.Revisit(contentsPage);
        Contents(w, c.Authority, contents);
        return w.Finish($"卷宗 {c.CaseNumber}", c.Authority, input.GeneratedAt);
    }

    private static void Cover(DocumentWriter w, CaseFileInput input, int pages)
    {
        var c = input.Case;
        w.Space(60);
        w.Centered(c.Authority, w.Fonts.Authority);
        w.Space(24);
        w.Centered("执 法 案 件 卷 宗", w.Fonts.Title);
        w.Space(40);
        var first = c.Steps.Count > 0 ? c.Steps.Min(s => s.At) : (DateTimeOffset?)null;
        var last = c.Steps.Count > 0 ? c.Steps.Max(s => s.At) : (DateTimeOffset?)null;
        string[][] rows =
        [
            ["案号", c.CaseNumber],
            ["案由", $"{c.ItemName}（{c.ItemCode}）"],
            ["当事人", c.Party?.Name ?? "未确定"],
            ["承办部门", c.DepartmentName],
            ["执法机关", c.Authority],
            ["办理程序", DocumentParts.ProcedureName(c.Procedure)],
            ["处理结果", c.Decision is { } d ? $"{d.Number}：{DocumentParts.Sentence(d.Text)}" : "未作出行政处罚决定"],
            ["起止日期", first is null ? "无记录" : $"{ChineseDate.Day(first.Value)} 至 {ChineseDate.Day(last!.Value)}"],
            ["卷内页数", $"共 {pages} 页"],
            ["立卷", $"{input.GeneratedBy}，{ChineseDate.Minute(input.GeneratedAt)}"],
        ];
        w.Table([110, DocumentWriter.Width - 110], rows, w.Fonts.Body);
    }

    private static void Contents(DocumentWriter w, string authority, List<(string Title, int Page)> contents)
    {
        DocumentParts.Heading(w, authority, "卷 内 目 录", null);
        var rows = new List<string[]> { new[] { "序号", "材料名称", "页码" } };
        rows.AddRange(contents.Select((e, i) => new[] { (i + 1).ToString(), e.Title, e.Page.ToString() }));
        w.Table([50, DocumentWriter.Width - 120, 70], rows, w.Fonts.Body, header: true);
    }
}
