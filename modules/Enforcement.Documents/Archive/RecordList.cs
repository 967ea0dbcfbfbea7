using Enforcement.Documents.Layout;
using Enforcement.Documents.Templates;

namespace Enforcement.Documents.Archive;

/// <summary>案件记录: every recorded state change of the case — sequence, time, actor, action — and its chain hash.</summary>
internal static class RecordList
{
    public static void Write(DocumentWriter w, CaseFileInput input)
    {
        var c = input.Case;
        DocumentParts.Heading(w, c.Authority, "案件记录（全过程记录）", $"案号：{c.CaseNumber}");
        if (input.Record.Count == 0)
        {
            w.Paragraph("审计记录中没有本案的状态变更。");
            return;
        }
        w.Paragraph("以下为审计记录中本案的每一次状态变更，按发生先后排列。每条记录的哈希值由其内容和上一条记录的哈希值计算得出，"
            + "任何一条被改动或删除，其后所有哈希值都将不符；可通过 /api/audit/verify 或主机的 verify 命令校验整条哈希链。");
        w.Space(6);
        var stepNames = c.Steps.GroupBy(s => s.Code).ToDictionary(g => g.Key, g => g.First().Name);
        foreach (var entry in input.Record)
        {
            w.KeepTogether(w.LineHeight(w.Fonts.Small) * 2 + w.LineHeight(w.Fonts.Hash));
            var action = stepNames.TryGetValue(entry.Action, out var name) ? $"{name}（{entry.Action}）" : entry.Action;
            w.Paragraph($"第 {entry.Sequence} 条　{ChineseDate.Minute(entry.At)}　{entry.Actor}　{action}", w.Fonts.Small, indent: false);
            w.Field("哈希", entry.Hash, w.Fonts.Hash);
            w.Space(3);
        }
    }
}
