using System.Globalization;
using Enforcement.Documents.Layout;
using Enforcement.Documents.Templates;

namespace Enforcement.Documents.Archive;

/// <summary>证据清单: each file with its kind, step, capture (when, where, by whom), size and full SHA-256.</summary>
internal static class EvidenceList
{
    public static void Write(DocumentWriter w, CaseFileInput input)
    {
        var c = input.Case;
        DocumentParts.Heading(w, c.Authority, "证据清单", $"案号：{c.CaseNumber}");
        if (input.Evidence.Count == 0)
        {
            w.Paragraph("本案未登记证据文件。");
            return;
        }
        w.Paragraph("以下证据文件按采集先后排列。每个文件以其 SHA-256 哈希值存储，下载时重新计算核对，哈希不符即说明文件已被改动。");
        w.Space(6);
        for (var i = 0; i < input.Evidence.Count; i++)
        {
            var e = input.Evidence[i];
            w.KeepTogether(w.LineHeight(w.Fonts.Small) * 6 + w.LineHeight(w.Fonts.Hash));
            w.Paragraph($"{i + 1}. {e.FileName}", w.Fonts.BodyBold, indent: false);
            w.Field("类型", $"{EvidenceKinds.Name(e.Kind)}（{e.ContentType}），{Size(e.Size)}", w.Fonts.Small);
            w.Field("采集", $"{ChineseDate.Minute(e.CapturedAt)}，{e.Officer}{(e.Location is { } l ? "，" + l : "")}；办案环节：{e.Step}", w.Fonts.Small);
            w.Field("上传", ChineseDate.Minute(e.UploadedAt), w.Fonts.Small);
            if (!string.IsNullOrWhiteSpace(e.Description)) w.Field("说明", e.Description, w.Fonts.Small);
            w.Field("SHA-256", e.Sha256, w.Fonts.Hash);
            w.Space(6);
        }
    }

    /// <summary>"1.2 MB（1,234,567 字节）": readable, with the exact count an auditor compares.</summary>
    public static string Size(long bytes)
    {
        var exact = bytes.ToString("#,##0", CultureInfo.InvariantCulture) + " 字节";
        return bytes switch
        {
            < 1024 => exact,
            < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB（{exact}）",
            _ => $"{bytes / (1024.0 * 1024):0.#} MB（{exact}）",
        };
    }
}
