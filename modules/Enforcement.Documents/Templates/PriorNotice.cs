using Enforcement.Documents.Layout;
using Enforcement.Shared.Messages.Cases;

namespace Enforcement.Documents.Templates;

/// <summary>
/// 行政处罚事先告知书 (行政处罚法 第四十四条、第四十五条): the facts, grounds and basis, the proposed penalty,
/// the right to state and defend by a date, and — where 第六十三条 applies — the right to a hearing,
/// asked for within five days (第六十四条).
/// </summary>
internal sealed class PriorNotice : IDocumentTemplate
{
    public string Kind => "prior-notice";

    public string Name(CaseFile c) => "行政处罚事先告知书";

    public string? Missing(CaseFile c)
    {
        if (c.PriorNotice is null)
            return c.Procedure == "simple"
                ? "简易程序案件在当场作出决定前口头告知，不制作行政处罚事先告知书"
                : $"案件尚未进行行政处罚事先告知（{PenaltyLaw.Cite(PenaltyLaw.PriorNotice)}），无法制作行政处罚事先告知书";
        if (c.ViolatedProvisions.Count == 0 || c.PenaltyProvisions.Count == 0)
            return "案件尚未记录违反的条款和处罚依据，无法制作行政处罚事先告知书";
        return DocumentParts.PartyAndFactsMissing(c, "行政处罚事先告知书");
    }

    public void Write(DocumentWriter w, DocumentInput input)
    {
        var c = input.Case;
        var notice = c.PriorNotice!;
        var party = c.Party!;
        var you = DocumentParts.You(party);
        DocumentParts.Heading(w, c.Authority, Name(c), DocumentParts.Number("罚告", notice.IssuedAt, c.CaseNumber));
        DocumentParts.Party(w, party);

        w.Paragraph($"经查，{DocumentParts.Sentence(c.Facts!)}");
        w.Paragraph($"{you}的上述行为违反了{DocumentParts.Provisions(c.ViolatedProvisions)}的规定。依据{DocumentParts.Provisions(c.PenaltyProvisions)}的规定，"
            + $"本机关拟对{you}作出如下行政处罚：{DocumentParts.Sentence(notice.ProposedPenalty)}");
        w.Paragraph($"根据{PenaltyLaw.Cite(PenaltyLaw.PriorNotice, PenaltyLaw.StatementAndDefence)}的规定，{you}享有陈述、申辩的权利。"
            + $"如有陈述、申辩意见，请于{ChineseDate.Day(notice.StatementDeadline)}前向本机关提出；逾期未提出的，视为放弃陈述、申辩的权利。"
            + $"本机关将充分听取{you}的意见，对{you}提出的事实、理由和证据进行复核，不因{you}陈述、申辩而给予更重的处罚。");
        if (notice.HearingRight)
        {
            var by = notice.HearingRequestDeadline is { } d ? $"（即{ChineseDate.Day(d)}前）" : "";
            w.Paragraph($"根据{PenaltyLaw.Cite(PenaltyLaw.HearingRight, PenaltyLaw.HearingProcedure)}的规定，{you}有要求听证的权利。"
                + $"如要求听证，应当在本机关告知后五日内{by}提出；逾期未提出的，视为放弃听证权利。");
        }

        w.SealAndDate(c.Authority, ChineseDate.Day(notice.IssuedAt));
        w.Space(6);
        w.SignatureLine("当事人签收");
    }
}
