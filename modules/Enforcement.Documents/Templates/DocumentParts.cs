using Enforcement.Documents.Layout;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Messages.Workforce;

namespace Enforcement.Documents.Templates;

/// <summary>The parts every document shares: heading, party, citations, numbers.</summary>
internal static class DocumentParts
{
    /// <summary>Authority over title, the number set right beneath.</summary>
    public static void Heading(DocumentWriter w, string authority, string title, string? number)
    {
        w.Centered(authority, w.Fonts.Authority);
        w.Space(4);
        w.Centered(title, w.Fonts.Title);
        w.Space(2);
        if (number is not null) w.RightAligned(number, w.Fonts.Body);
        w.Space(10);
    }

    /// <summary>当事人: name, identity number, representative and address, worded for a person or an organisation.</summary>
    public static void Party(DocumentWriter w, CaseParty party)
    {
        w.Field("当事人", party.Name);
        if (IsOrganisation(party))
        {
            if (party.IdNumber is { } code) w.Field("统一社会信用代码", code);
            if (party.Representative is { } rep) w.Field("法定代表人（负责人）", rep);
            if (party.Address is { } address) w.Field("住所（地址）", address);
        }
        else
        {
            if (party.IdNumber is { } id) w.Field("身份证件号码", id);
            if (party.Representative is { } rep) w.Field("委托代理人", rep);
            if (party.Address is { } address) w.Field("住址", address);
        }
        w.Space(6);
    }

    public static bool IsOrganisation(CaseParty party) => party.Kind == "organisation";

    /// <summary>How the documents address the party: 你 or 你单位.</summary>
    public static string You(CaseParty party) => IsOrganisation(party) ? "你单位" : "你";

    /// <summary>Ends the text with a full stop unless it already ends a sentence.</summary>
    public static string Sentence(string text)
    {
        var t = text.Trim();
        return t.Length == 0 || "。！？；.!?".Contains(t[^1]) ? t : t + "。";
    }

    public static string Provisions(IReadOnlyList<string> provisions) => string.Join("、", provisions);

    /// <summary>"王建国（执法证号 32010001）", or a plain note where the roster gave no number.</summary>
    public static string Officer(ActingOfficer o) =>
        o.CertificateNumber is { } n ? $"{o.Name}（执法证号 {n}）" : $"{o.Name}（执法证号未登记）";

    /// <summary>A number for documents the case gives none: kind word, 〔year〕, the case number.</summary>
    public static string Number(string word, DateTimeOffset issuedAt, string caseNumber) =>
        $"{word}〔{ChineseDate.Year(issuedAt)}〕{caseNumber}号";

    public static string ProcedureName(string? procedure) => procedure switch
    {
        "simple" => "简易程序",
        "general" => "普通程序",
        _ => "未启动处罚程序",
    };

    /// <summary>The common gaps: a document addressed to the party needs the party and the facts.</summary>
    public static string? PartyAndFactsMissing(CaseFile c, string document) =>
        c.Party is null ? $"案件尚未确定当事人，无法制作{document}"
        : string.IsNullOrWhiteSpace(c.Facts) ? $"案件尚未记录违法事实，无法制作{document}"
        : null;
}
