using Enforcement.Documents.Layout;
using Enforcement.Shared.Messages.Cases;

namespace Enforcement.Documents.Templates;

/// <summary>责令（限期）改正通知书: the party, the facts, what to correct, by when, on what legal basis.</summary>
internal sealed class CorrectionOrder : IDocumentTemplate
{
    public string Kind => "correction-order";

    /// <summary>With a deadline after the day of issue it is 限期; due the same day it is a plain order.</summary>
    public string Name(CaseFile c) =>
        c.Correction is { } order && order.Deadline > ChineseDate.Date(order.IssuedAt)
            ? "责令限期改正通知书" : "责令改正通知书";

    public string? Missing(CaseFile c) =>
        c.Correction is null ? "案件尚未责令改正，无法制作责令（限期）改正通知书"
        : DocumentParts.PartyAndFactsMissing(c, "责令（限期）改正通知书");

    public void Write(DocumentWriter w, DocumentInput input)
    {
        var c = input.Case;
        var order = c.Correction!;
        var party = c.Party!;
        var you = DocumentParts.You(party);
        DocumentParts.Heading(w, c.Authority, Name(c), DocumentParts.Number("责改", order.IssuedAt, c.CaseNumber));
        DocumentParts.Party(w, party);

        w.Paragraph($"经查，{DocumentParts.Sentence(c.Facts!)}");
        var violated = c.ViolatedProvisions.Count > 0 ? $"{you}的上述行为违反了{DocumentParts.Provisions(c.ViolatedProvisions)}的规定。" : "";
        w.Paragraph($"{violated}依据{order.LegalBasis}的规定，现责令{you}于{ChineseDate.Day(order.Deadline)}前改正：{DocumentParts.Sentence(order.Requirement)}");
        w.Paragraph("逾期不改正的，本机关将依法处理。");

        w.SealAndDate(c.Authority, ChineseDate.Day(order.IssuedAt));
        w.Space(6);
        w.SignatureLine("当事人签收");
    }
}
