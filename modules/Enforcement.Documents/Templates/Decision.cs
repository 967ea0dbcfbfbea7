using Enforcement.Documents.Layout;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Messages.Evidence;

namespace Enforcement.Documents.Templates;

/// <summary>
/// 行政处罚决定书, with every item 行政处罚法 第五十九条 requires: the party's name and address; the facts
/// and the evidence; the kind of penalty and its basis; how and by when to perform (第六十七条 for a fine);
/// the routes to review and to court; the authority and the date. An on-the-spot decision (简易程序)
/// uses the same layout as 当场处罚决定书 and adds what 第五十二条 asks: time, place and the officers.
/// </summary>
internal sealed class Decision : IDocumentTemplate
{
    public string Kind => "decision";

    public string Name(CaseFile c) => c.Decision?.OnTheSpot == true ? "当场处罚决定书" : "行政处罚决定书";

    public bool UsesEvidence => true;

    public string? Note => Remedies.DataNote;

    public string? Missing(CaseFile c)
    {
        if (c.Decision is null) return "案件尚未作出行政处罚决定，无法制作行政处罚决定书";
        if (DocumentParts.PartyAndFactsMissing(c, Name(c)) is { } gap) return gap;
        if (string.IsNullOrWhiteSpace(c.Party!.Address))
            return $"案件未记录当事人的地址（{PenaltyLaw.Cite(PenaltyLaw.PartyNameAndAddress)}），无法制作{Name(c)}";
        if (c.ViolatedProvisions.Count == 0 || c.PenaltyProvisions.Count == 0)
            return $"案件尚未记录违反的条款和处罚依据，无法制作{Name(c)}";
        if (c.Decision.OnTheSpot && c.Inspection is null)
            return $"当场处罚决定书须载明地点（{PenaltyLaw.Cite(PenaltyLaw.OnTheSpot)}），案件尚未记录现场检查地点";
        return null;
    }

    public void Write(DocumentWriter w, DocumentInput input)
    {
        var c = input.Case;
        var decision = c.Decision!;
        DocumentParts.Heading(w, c.Authority, Name(c), decision.Number);
        DocumentParts.Party(w, c.Party!);

        w.Paragraph($"经查，当事人存在以下违法事实：{DocumentParts.Sentence(c.Facts!)}");
        w.Paragraph("以上事实有下列证据证明：");
        var evidence = EvidenceLines(c, input.Evidence);
        if (evidence.Count == 0) w.Paragraph("（案卷未登记证据）");
        for (var i = 0; i < evidence.Count; i++) w.Paragraph($"{i + 1}. {evidence[i]}");

        w.Paragraph($"当事人的上述行为违反了{DocumentParts.Provisions(c.ViolatedProvisions)}的规定。");
        if (c.PriorNotice is { } notice)
            w.Paragraph($"本机关于{ChineseDate.Day(notice.IssuedAt)}告知当事人拟作出的行政处罚内容及事实、理由、依据，"
                + $"以及依法享有的陈述、申辩{(notice.HearingRight ? "、要求听证" : "")}的权利"
                + $"（{PenaltyLaw.Cite(PenaltyLaw.PriorNotice, PenaltyLaw.StatementAndDefence)}）。");
        if (!string.IsNullOrWhiteSpace(decision.DeviationReason))
            w.Paragraph($"裁量说明：{DocumentParts.Sentence(decision.DeviationReason)}");
        w.Paragraph($"依据{DocumentParts.Provisions(c.PenaltyProvisions)}的规定，本机关决定对当事人给予如下行政处罚：");
        w.Paragraph(DocumentParts.Sentence(decision.Text), w.Fonts.BodyBold);
        if (decision.Kind == "fine" && decision.Amount is { } amount)
            w.Paragraph($"罚款金额：人民币{RmbAmount.Figures(amount)}元（大写：{RmbAmount.Capitals(amount)}）。");

        w.Paragraph(Performance(decision));
        w.Paragraph(Remedies.Text + $"申请行政复议或者提起行政诉讼期间，本决定不停止执行，法律另有规定的除外"
            + $"（{PenaltyLaw.Cite(PenaltyLaw.NoSuspension)}）。");

        if (decision.OnTheSpot)
        {
            w.Space(4);
            w.Field("处罚时间", ChineseDate.Minute(decision.DecidedAt));
            w.Field("处罚地点", c.Inspection!.Place);
            foreach (var officer in c.Officers) w.SignatureLine($"执法人员{DocumentParts.Officer(officer)}签名");
        }

        w.SealAndDate(c.Authority, ChineseDate.Day(decision.DecidedAt));
        w.Space(6);
        w.SignatureLine("当事人签收");
    }

    /// <summary>履行方式和期限: a fine is paid at the bank or electronically within the period, or a late fee accrues.</summary>
    private static string Performance(CaseDecision decision)
    {
        if (decision.Kind != "fine") return "本决定为警告，自送达之日起执行。";
        var days = ChineseNumerals.Format(decision.PaymentDeadlineDays);
        return $"当事人应当自收到本决定书之日起{days}日内，到指定的银行或者通过电子支付系统缴纳罚款"
            + $"（{PenaltyLaw.Cite(PenaltyLaw.Payment)}）。到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款，"
            + $"加处罚款的数额不得超出罚款的数额（{PenaltyLaw.Cite(PenaltyLaw.LateFee)}）。";
    }

    private static List<string> EvidenceLines(CaseFile c, IReadOnlyList<EvidenceRecord> evidence)
    {
        var lines = new List<string>();
        if (c.Inspection is { } inspection) lines.Add($"现场检查（勘验）笔录（{ChineseDate.Day(inspection.At)}）；");
        lines.AddRange(evidence.Select(e =>
            $"{EvidenceKinds.Name(e.Kind)}《{e.FileName}》{(string.IsNullOrWhiteSpace(e.Description) ? "" : "：" + e.Description)}"
            + $"（{ChineseDate.Minute(e.CapturedAt)}，{e.Officer}采集）；"));
        if (lines.Count > 0) lines[^1] = lines[^1][..^1] + "。";
        return lines;
    }
}

/// <summary>The evidence kinds in the words of the documents.</summary>
internal static class EvidenceKinds
{
    public static string Name(string kind) => kind switch
    {
        "photo" => "现场照片",
        "video" => "视听资料（视频）",
        "audio" => "视听资料（录音）",
        "document" => "书证",
        _ => kind,
    };
}
