using Enforcement.Documents.Layout;
using Enforcement.Shared.Messages.Cases;

namespace Enforcement.Documents.Templates;

/// <summary>现场检查（勘验）笔录: when and where, who inspected with which certificates, the party, the findings.</summary>
internal sealed class InspectionRecord : IDocumentTemplate
{
    public string Kind => "inspection-record";

    public string Name(CaseFile c) => "现场检查（勘验）笔录";

    public string? Missing(CaseFile c) =>
        c.Inspection is null ? "案件尚未记录现场检查（勘验）情况，无法制作现场检查（勘验）笔录" : null;

    public void Write(DocumentWriter w, DocumentInput input)
    {
        var c = input.Case;
        var inspection = c.Inspection!;
        DocumentParts.Heading(w, c.Authority, Name(c), $"案号：{c.CaseNumber}");

        w.Field("检查（勘验）时间", ChineseDate.Minute(inspection.At));
        w.Field("检查（勘验）地点", inspection.Place);
        w.Field("检查事项", $"{c.ItemName}（{c.ItemCode}）");
        w.Field("执法人员", c.Officers.Count == 0 ? "未登记" : string.Join("、", c.Officers.Select(DocumentParts.Officer)));
        w.Space(4);
        if (c.Party is { } party) DocumentParts.Party(w, party);
        else w.Field("当事人", "现场未查明");

        w.Paragraph($"执法人员已向当事人或者有关人员出示执法证件（{PenaltyLaw.Cite(PenaltyLaw.ShowCertificates)}）。");
        w.Space(4);
        w.Paragraph("检查（勘验）情况：", w.Fonts.BodyBold, indent: false);
        foreach (var (label, value) in inspection.Findings) w.Field(label, value);
        if (!string.IsNullOrWhiteSpace(inspection.Summary)) w.Paragraph(inspection.Summary);

        w.Space(8);
        w.SignatureLine("当事人对笔录的意见");
        w.SignatureLine("当事人（签名）");
        w.SignatureLine("见证人（签名）");
        foreach (var officer in c.Officers) w.SignatureLine($"执法人员{DocumentParts.Officer(officer)}签名");
        w.SignatureLine("记录人（签名）");
    }
}
