using Enforcement.Shared.Catalogue;

namespace Enforcement.Documents.Templates;

/// <summary>
/// The articles of 行政处罚法 (2021) the documents cite, each checked against the text in
/// shared/reference/statutes by a test. Documents write the law's full name.
/// </summary>
internal static class PenaltyLaw
{
    public const string Law = "行政处罚法";
    public const string FullName = "中华人民共和国行政处罚法";

    /// <summary>告知 before a decision: content, facts, grounds, basis, and the rights.</summary>
    public static readonly LegalBasis PriorNotice = new(Law, 44);
    /// <summary>陈述、申辩; no heavier penalty because the party argued back (第二款).</summary>
    public static readonly LegalBasis StatementAndDefence = new(Law, 45);
    /// <summary>On-the-spot decision: certificate shown, numbered form, handed over; contents (第二款).</summary>
    public static readonly LegalBasis OnTheSpot = new(Law, 52);
    /// <summary>Certificates shown during investigation or inspection.</summary>
    public static readonly LegalBasis ShowCertificates = new(Law, 55, 1);
    /// <summary>What a decision must state.</summary>
    public static readonly LegalBasis DecisionContents = new(Law, 59);
    public static readonly LegalBasis PartyNameAndAddress = new(Law, 59, 1, 1);
    /// <summary>Service within 7 days.</summary>
    public static readonly LegalBasis Service = new(Law, 61);
    /// <summary>The right to ask for a hearing.</summary>
    public static readonly LegalBasis HearingRight = new(Law, 63);
    /// <summary>Hearing procedure: asked for within 5 days of the notice.</summary>
    public static readonly LegalBasis HearingProcedure = new(Law, 64);
    /// <summary>Pay within 15 days at the designated bank or electronically.</summary>
    public static readonly LegalBasis Payment = new(Law, 67, 3);
    /// <summary>Late fee: 3% a day, no more than the fine.</summary>
    public static readonly LegalBasis LateFee = new(Law, 72, 1, 1);
    /// <summary>Review or suit does not suspend the penalty.</summary>
    public static readonly LegalBasis NoSuspension = new(Law, 73, 1);

    public static readonly IReadOnlyList<LegalBasis> Cited =
        [PriorNotice, StatementAndDefence, OnTheSpot, ShowCertificates, DecisionContents, PartyNameAndAddress, Service,
         HearingRight, HearingProcedure, Payment, LateFee, NoSuspension];

    /// <summary>《中华人民共和国行政处罚法》第四十四条、第四十五条.</summary>
    public static string Cite(params LegalBasis[] bases) =>
        $"《{FullName}》" + string.Join("、", bases.Select(b => b.ToString()[(Law.Length + 2)..]));
}

/// <summary>
/// 申请行政复议、提起行政诉讼的途径和期限 (行政处罚法 第五十九条第一款第（五）项). 行政复议法 and 行政诉讼法
/// are not among the reference texts, so the documents name the routes and say the period is as the law
/// provides (依法), citing no article of either law and stating no number of days.
/// </summary>
internal static class Remedies
{
    public const string Text =
        "当事人如不服本决定，可以依法申请行政复议，也可以依法向人民法院提起行政诉讼；申请行政复议、提起行政诉讼的期限，"
        + "依照《中华人民共和国行政复议法》《中华人民共和国行政诉讼法》的规定。";

    /// <summary>The data note shown beside the decision until the two laws' current texts are checked.</summary>
    public const string DataNote =
        "行政复议法、行政诉讼法的文本未收入参考法规库：决定书只写明复议、诉讼途径，期限写作“依法”，"
        + "须对照现行文本核对后再写明复议机关和具体期限。";
}
