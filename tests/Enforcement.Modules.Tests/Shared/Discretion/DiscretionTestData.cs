using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;
using Enforcement.Shared.Rules.Discretion;

namespace Enforcement.Modules.Tests.Shared.Discretion;

/// <summary>Items and facts built for the discretion tests; none comes from a module's catalogue.</summary>
internal static class DiscretionTestData
{
    public const string LocalRuleName = "《某市市容和环境卫生管理条例》第三十条";

    private static EnforcementItem Make(string code, PenaltyRange penalty, bool firstOffenceExemption) =>
        new(code, "测试事项", "test", "市容环卫",
            new LegalBasis("城市市容和环境卫生管理条例", 10),
            new LegalBasis("城市市容和环境卫生管理条例", 34),
            penalty, "F-TEST", new KeywordRule(["测试"]))
        {
            FirstOffenceExemption = firstOffenceExemption,
        };

    /// <summary>500–20000 yuan for every party; on the first-offence list.</summary>
    public static EnforcementItem Band500To20000 { get; } =
        Make("T-BAND-001", new PenaltyRange("处五百元以上二万元以下的罚款") { Fine = new FineBand(500, 20000) }, firstOffenceExemption: true);

    /// <summary>The same band, but excluded from the first-offence list.</summary>
    public static EnforcementItem NotOnFirstOffenceList { get; } =
        Make("T-BAND-002", new PenaltyRange("处五百元以上二万元以下的罚款") { Fine = new FineBand(500, 20000) }, firstOffenceExemption: false);

    /// <summary>Individuals 200–2000, organisations (单位) 10000–100000.</summary>
    public static EnforcementItem WithOrganisationBand { get; } =
        Make("T-ORG-001", new PenaltyRange("对个人处二百元以上二千元以下的罚款；对单位处一万元以上十万元以下的罚款")
        {
            Fine = new FineBand(200, 2000),
            OrganisationFine = new FineBand(10000, 100000),
        }, firstOffenceExemption: true);

    /// <summary>The national text sets no amount; a local rule does.</summary>
    public static EnforcementItem LocalAmount { get; } =
        Make("T-LOCAL-001", new PenaltyRange("处以罚款") { LocalRule = LocalRuleName }, firstOffenceExemption: true);

    public static EnforcementItem WithBand(decimal min, decimal max) =>
        Make("T-BAND-X", new PenaltyRange("处罚款") { Fine = new FineBand(min, max) }, firstOffenceExemption: false);

    public static IEnumerable<EnforcementItem> AllItems =>
        [Band500To20000, NotOnFirstOffenceList, WithOrganisationBand, LocalAmount];

    /// <summary>A case with nothing lighter or heavier about it.</summary>
    public static OffenceFacts Plain(PartyKind party = PartyKind.Individual) =>
        new(party, FirstOffence: false, CorrectedPromptly: false, Harm.Ordinary);

    /// <summary>首违不罚 facts: first offence, slight harm, corrected promptly.</summary>
    public static OffenceFacts FirstSlightCorrected(PartyKind party = PartyKind.Individual) =>
        new(party, FirstOffence: true, CorrectedPromptly: true, Harm.Slight);

    /// <summary>33¶1 first sentence facts: corrected promptly, no harm.</summary>
    public static OffenceFacts NoHarmCorrected(PartyKind party = PartyKind.Individual) =>
        new(party, FirstOffence: false, CorrectedPromptly: true, Harm.None);

    /// <summary>Every combination of facts, for both kinds of party.</summary>
    public static IEnumerable<OffenceFacts> AllFacts()
    {
        bool[] tf = [false, true];
        foreach (var party in Enum.GetValues<PartyKind>())
        foreach (var first in tf)
        foreach (var corrected in tf)
        foreach (var harm in Enum.GetValues<Harm>())
        foreach (var mitigated in tf)
        foreach (var noFault in tf)
        foreach (var repeat in tf)
            yield return new OffenceFacts(party, first, corrected, harm, mitigated, noFault, repeat);
    }
}
