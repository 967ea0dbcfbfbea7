using Enforcement.Documents.Layout;
using Enforcement.Shared.Messages.Cases;

namespace Enforcement.Documents.Templates;

/// <summary>
/// 送达回证 for the decision (行政处罚法 第六十一条): the document served and its number, the recipient,
/// method, place and time, and the lines the recipient, the servers and a witness sign.
/// </summary>
internal sealed class ServiceReceipt : IDocumentTemplate
{
    public string Kind => "service-receipt";

    public string Name(CaseFile c) => "送达回证";

    public string? Missing(CaseFile c) =>
        c.Decision is null ? "案件尚未作出行政处罚决定，没有需要送达的决定书"
        : c.Service is null ? $"行政处罚决定书尚未送达（{PenaltyLaw.Cite(PenaltyLaw.Service)}），无法制作送达回证"
        : null;

    public void Write(DocumentWriter w, DocumentInput input)
    {
        var c = input.Case;
        var service = c.Service!;
        var decision = c.Decision!;
        DocumentParts.Heading(w, c.Authority, Name(c), $"案号：{c.CaseNumber}");

        var decisionName = decision.OnTheSpot ? "当场处罚决定书" : "行政处罚决定书";
        var officers = c.Officers.Count == 0 ? "" : string.Join("、", c.Officers.Select(o => o.Name));
        string[][] rows =
        [
            ["送达文书名称", $"《{decisionName}》"],
            ["送达文书文号", decision.Number],
            ["受送达人", service.Recipient],
            ["送达地点", service.Place ?? "未记录"],
            ["送达方式", service.Method],
            ["送达时间", ChineseDate.Minute(service.ServedAt)],
            ["受送达人签名或者盖章", "\n\n\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日"],
            ["代收人及代收理由", ""],
            ["送达人（签名）", officers],
            ["见证人（签名）", ""],
            ["备注", ""],
        ];
        var label = 130.0;
        w.Table([label, DocumentWriter.Width - label], rows, w.Fonts.Body,
            minRowHeight: new Dictionary<int, double> { [6] = 80, [7] = 40, [8] = 48, [9] = 40, [10] = 56 });

        w.SealAndDate(c.Authority, ChineseDate.Day(service.ServedAt));
    }
}
