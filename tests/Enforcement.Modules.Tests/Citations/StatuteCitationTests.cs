using System.Text.RegularExpressions;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Citations;

/// <summary>
/// Every item of every module against the statute texts in ../shared/reference/statutes: the cited
/// provisions exist, the penalty wording is the statute's own, and the fine bands are the statute's
/// figures. Each failure names the item, the provision and what to fix.
/// </summary>
[TestFixture]
public sealed partial class StatuteCitationTests
{
    private static StatuteLibrary Library => StatuteLibrary.Default;

    /// <summary>Items whose every citation is to a law in the reference texts: checked word for word.</summary>
    public static IEnumerable<TestCaseData> Items() =>
        AllModules.List.SelectMany(m => m.Items).Where(CitesOnlyReferenceLaws).Select(i => new TestCaseData(i).SetArgDisplayNames(i.Code));

    /// <summary>Every item, including those citing a law outside the reference texts.</summary>
    public static IEnumerable<TestCaseData> AllItems() =>
        AllModules.List.SelectMany(m => m.Items).Select(i => new TestCaseData(i).SetArgDisplayNames(i.Code));

    private static bool CitesOnlyReferenceLaws(EnforcementItem item) => Bases(item).All(b => Library.Find(b.Basis.Law) is not null);

    public static IEnumerable<TestCaseData> ItemsWithModule() =>
        AllModules.List.SelectMany(m => m.Items.Select(i => new TestCaseData(m, i).SetArgDisplayNames(i.Code)));

    public static IEnumerable<TestCaseData> Forms() =>
        AllModules.List.SelectMany(m => m.Forms.Select(f => new TestCaseData(m, f).SetArgDisplayNames($"{m.Key}:{f.Code}")));

    // ---- the cited provisions exist -------------------------------------------------------------

    /// <summary>
    /// A law outside the reference texts cannot be checked here, so its citation must say it is to be
    /// checked against the current text, and the item may state no figure from it.
    /// </summary>
    [TestCaseSource(nameof(AllItems))]
    public void Law_files_exist_or_the_citation_is_marked_unchecked(EnforcementItem item)
    {
        Assert.Multiple(() =>
        {
            foreach (var (role, basis) in Bases(item).Where(b => Library.Find(b.Basis.Law) is null))
            {
                Assert.That(basis.CheckNote, Is.Not.Null.And.Not.Empty,
                    $"{item.Code}: {role} cites 《{basis.Law}》, which has no text in {Library.Directory} ({string.Join("、", Library.Laws)}); " +
                    "either cite a law there, or set CheckNote saying the article is to be checked against the current text");
                if (role == "PenaltyBasis")
                    Assert.That(item.Penalty.Fine is null && item.Penalty.OrganisationFine is null, Is.True,
                        $"{item.Code}: states a fine band from 《{basis.Law}》, whose text the system does not hold; state no figure that cannot be checked");
            }
        });
    }

    [TestCaseSource(nameof(Items))]
    public void Violated_provision_exists(EnforcementItem item) => Resolve(item, "Violated", item.Violated);

    [TestCaseSource(nameof(Items))]
    public void Penalty_provision_exists(EnforcementItem item) => Resolve(item, "PenaltyBasis", item.PenaltyBasis);

    // ---- the penalty is the statute's own ------------------------------------------------------

    [TestCaseSource(nameof(Items))]
    public void Penalty_wording_is_verbatim_in_the_penalty_provision(EnforcementItem item)
    {
        var provision = Resolve(item, "PenaltyBasis", item.PenaltyBasis);
        var wording = ChineseAmount.Compact(item.Penalty.Wording);
        var text = ChineseAmount.Compact(provision.PenaltyText);
        Assert.That(wording, Is.Not.Empty, $"{item.Code}: Penalty.Wording is empty; quote the penalty words of {item.PenaltyBasis}");

        if (text.Contains(wording, StringComparison.Ordinal)) return;
        var matched = LongestQuotedOpening(wording, text);
        var breaksAt = wording[matched.Length..];
        Assert.Fail(
            $"{item.Code}: Penalty.Wording is not verbatim in {item.PenaltyBasis} ({Scope(provision)}; whitespace ignored). " +
            (matched.Length == 0
                ? "Not even its first character occurs there. "
                : $"The text matches “{matched}” and then differs at “{Head(breaksAt, 20)}”. ") +
            $"Wording: “{item.Penalty.Wording}”. Provision text: “{text}”");
    }

    [TestCaseSource(nameof(Items))]
    public void Fine_bands_are_the_penalty_provisions_figures(EnforcementItem item)
    {
        var provision = Resolve(item, "PenaltyBasis", item.PenaltyBasis);
        var penalty = item.Penalty;
        var textBands = ChineseAmount.FindBands(provision.PenaltyText);
        var wordingBands = ChineseAmount.FindBands(penalty.Wording);
        var stated = textBands.Count == 0 ? "no fine band at all" : string.Join("; ", textBands);
        var where = $"{item.PenaltyBasis} ({Scope(provision)})";

        Assert.Multiple(() =>
        {
            foreach (var (label, band) in new[] { ("Fine", penalty.Fine), ("OrganisationFine", penalty.OrganisationFine) })
            {
                if (band is null) continue;
                Assert.That(band.Min, Is.LessThanOrEqualTo(band.Max),
                    $"{item.Code}: Penalty.{label} runs backwards ({band.Min} > {band.Max})");
                Assert.That(textBands.Any(b => b.Band == band), Is.True,
                    $"{item.Code}: Penalty.{label} = {ChineseAmount.Describe(band)} is not a band of {where}: no “X元以上Y元以下” " +
                    $"(or “Y元以下”, read as 0–Y) there has these bounds — an invented or mistyped figure. The provision states: {stated}");
                if (wordingBands.Count > 0)
                    Assert.That(wordingBands.Any(b => b.Band == band), Is.True,
                        $"{item.Code}: Penalty.{label} = {ChineseAmount.Describe(band)} is not among the bands of the quoted Wording " +
                        $"({string.Join("; ", wordingBands)}); the band and the wording must describe the same penalty");
            }

            var amounts = ChineseAmount.FindAmounts(provision.PenaltyText);
            if (penalty.Fine is null && penalty.OrganisationFine is null && penalty.LocalRule is null)
                Assert.That(amounts, Is.Empty,
                    $"{item.Code}: {where} states amounts ({string.Join("、", amounts.Select(a => a.Text).Distinct())}), but the item states " +
                    $"no Fine, no OrganisationFine and no LocalRule — an amount was dropped. The provision's bands: {stated}");

            foreach (var (party, band) in ChineseAmount.FindPartyBands(penalty.Wording))
            {
                var (label, actual) = party == PartyKind.Organisation
                    ? ("OrganisationFine", penalty.OrganisationFine)
                    : ("Fine", penalty.Fine);
                Assert.That(actual, Is.EqualTo(band.Band),
                    $"{item.Code}: the Wording gives {(party == PartyKind.Organisation ? "单位 (organisations)" : "个人 (individuals)")} " +
                    $"“{band.Text}”, so Penalty.{label} must be {ChineseAmount.Describe(band.Band)}, but it is " +
                    $"{(actual is null ? "not set" : ChineseAmount.Describe(actual))}");
            }
        });
    }

    /// <summary>
    /// Where the wording ties a band to some clauses (单位有前款第二项、第三项…行为之一，处…), a band the item
    /// states must be one tied to the clause it cites.
    /// </summary>
    [TestCaseSource(nameof(Items))]
    public void Fine_bands_apply_to_the_cited_clause(EnforcementItem item)
    {
        if (item.PenaltyBasis.Clause is not { } clause) return;
        var segments = ChineseAmount.Compact(item.Penalty.Wording).Split('；', '。')
            .Select(s => (Text: s, Clauses: ClauseRefs().Matches(s).Select(m => ChineseNumber.ParseInt(m.Groups["n"].Value)).ToList(),
                          Bands: ChineseAmount.FindBands(s).Select(b => b.Band).ToList()))
            .Where(s => s.Bands.Count > 0)
            .ToList();
        Assert.Multiple(() =>
        {
            foreach (var (label, band) in new[] { ("Fine", item.Penalty.Fine), ("OrganisationFine", item.Penalty.OrganisationFine) })
            {
                if (band is null) continue;
                var sources = segments.Where(s => s.Bands.Contains(band)).ToList();
                if (sources.Count == 0 || sources.Any(s => s.Clauses.Count == 0 || s.Clauses.Contains(clause))) continue;
                Assert.Fail(
                    $"{item.Code}: Penalty.{label} = {ChineseAmount.Describe(band)} is, by the Wording, the band for clause(s) " +
                    $"{string.Join("、", sources.SelectMany(s => s.Clauses).Distinct())} (“{sources[0].Text}”), " +
                    $"but the item cites clause {clause} of {item.PenaltyBasis}");
            }
        });
    }

    [TestCaseSource(nameof(Items))]
    public void A_missing_fine_band_is_explained(EnforcementItem item)
    {
        var penalty = item.Penalty;
        Assert.Multiple(() =>
        {
            if (penalty.LocalRule is not null)
                Assert.That(penalty.LocalRule, Is.Not.Empty.And.Not.WhiteSpace,
                    $"{item.Code}: Penalty.LocalRule is blank; name the local rule (地方性法规/规章) that sets the amount");
            if (penalty.Fine is not null) return;

            var wording = ChineseAmount.Compact(penalty.Wording);
            var explained =
                !string.IsNullOrWhiteSpace(penalty.LocalRule)                         // the amount is local
                || !wording.Contains("罚款", StringComparison.Ordinal)                  // 警告, 责令改正 …: no fine
                || (MultipleOfAmount().IsMatch(wording) && ChineseAmount.FindAmounts(wording).Count == 0) // 违法所得五倍以下
                || (penalty.OrganisationFine is not null && wording.Contains("对单位", StringComparison.Ordinal)
                    && !wording.Contains("对个人", StringComparison.Ordinal));         // a fine for organisations only
            Assert.That(explained, Is.True,
                $"{item.Code}: Penalty.Fine is null, but the Wording “{penalty.Wording}” imposes a fine (罚款) and no LocalRule names " +
                $"the rule that sets its amount. State the band {item.PenaltyBasis} gives, or, where it gives none, name the local rule.");
        });
    }

    /// <summary>
    /// DESIGN.md (Reference material): the 治安管理处罚法 text is the 2012 one, 食品安全法 was amended in
    /// 2025, and 无证无照经营查处办法 第十三条 may be displaced by the 2022 市场主体登记管理条例. A citation of
    /// these must say it is to be checked against the current text.
    /// </summary>
    [TestCaseSource(nameof(Items))]
    public void Citations_of_outdated_texts_carry_a_check_note(EnforcementItem item)
    {
        Assert.Multiple(() =>
        {
            foreach (var (role, basis) in Bases(item))
            {
                var reason = OutdatedReason(basis);
                if (reason is null) continue;
                Assert.That(basis.CheckNote, Is.Not.Null.And.Not.WhiteSpace,
                    $"{item.Code}: {role} {basis} cites a text that may differ from the law in force ({reason}); " +
                    "set LegalBasis.CheckNote (待核对现行文本)");
            }
        });
    }

    // ---- the catalogue hangs together ----------------------------------------------------------

    [Test]
    public void Every_module_declares_items() =>
        Assert.That(AllModules.List.Where(m => m.Items.Count == 0).Select(m => m.Key), Is.Empty,
            "these modules declare no enforcement items");

    [Test]
    public void Item_codes_are_unique_across_modules()
    {
        var duplicates = AllModules.List
            .SelectMany(m => m.Items.Select(i => (Module: m.Key, i.Code)))
            .GroupBy(x => x.Code)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(x => x.Module))})")
            .ToList();
        Assert.That(duplicates, Is.Empty, $"item codes used more than once: {string.Join("; ", duplicates)}");
    }

    [Test]
    public void Form_codes_are_unique_across_modules()
    {
        var duplicates = AllModules.List
            .SelectMany(m => m.Forms.Select(f => (Module: m.Key, f.Code)))
            .GroupBy(x => x.Code)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(x => x.Module))})")
            .ToList();
        Assert.That(duplicates, Is.Empty, $"form codes used more than once: {string.Join("; ", duplicates)}");
    }

    [TestCaseSource(nameof(ItemsWithModule))]
    public void Form_code_resolves_to_a_form_of_the_same_module(IDepartmentModule module, EnforcementItem item)
    {
        if (module.Forms.Any(f => f.Code == item.FormCode)) return;
        var elsewhere = AllModules.List.Where(m => m != module && m.Forms.Any(f => f.Code == item.FormCode)).Select(m => m.Key).ToList();
        Assert.Fail(
            $"{item.Code}: FormCode '{item.FormCode}' is not a form of module {module.Key}" +
            (elsewhere.Count > 0 ? $" (it is a form of {string.Join(", ", elsewhere)}; an item's form must be its own module's)" : "") +
            $". Forms of {module.Key}: {string.Join(", ", module.Forms.Select(f => f.Code))}");
    }

    [TestCaseSource(nameof(ItemsWithModule))]
    public void Department_is_the_owning_module(IDepartmentModule module, EnforcementItem item) =>
        Assert.That(item.Department, Is.EqualTo(module.Key),
            $"{item.Code}: Department is '{item.Department}', but the item is declared by module {module.Key}");

    [TestCaseSource(nameof(Forms))]
    public void Field_codes_are_unique_in_each_form(IDepartmentModule module, FormDefinition form)
    {
        var duplicates = form.Fields.GroupBy(f => f.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.That(duplicates, Is.Empty,
            $"form {form.Code} of module {module.Key} has field codes used more than once: {string.Join(", ", duplicates)}");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static IEnumerable<(string Role, LegalBasis Basis)> Bases(EnforcementItem item) =>
        [("Violated", item.Violated), ("PenaltyBasis", item.PenaltyBasis)];

    /// <summary>The provision the basis cites; fails the test, naming what is missing, when there is none.</summary>
    private static Provision Resolve(EnforcementItem item, string role, LegalBasis basis)
    {
        var statute = Library.Find(basis.Law);
        if (statute is null)
        {
            Assert.Fail($"{item.Code}: {role} cites 《{basis.Law}》, which has no text in {Library.Directory}; " +
                        $"LegalBasis.Law must be one of: {string.Join("、", Library.Laws)}");
            return null!;
        }
        var provision = statute.Resolve(basis, out var problem);
        if (provision is null) Assert.Fail($"{item.Code}: {role} {basis} does not exist: {problem}");
        return provision!;
    }

    private static string Scope(Provision p) =>
        p.Paragraph is null ? "the whole article" : $"paragraph {p.Paragraph.Number} with its clauses";

    private static string? OutdatedReason(LegalBasis basis) => basis.Law switch
    {
        "治安管理处罚法" => "the reference text is the 2012 one; a revision took effect on 2026-01-01",
        "食品安全法" => "the reference text predates the amendment of September 2025",
        "无证无照经营查处办法" when basis.Article == 13 => "the 2022 市场主体登记管理条例 may displace 第十三条",
        _ => null,
    };

    /// <summary>The longest opening of <paramref name="wording"/> that occurs in <paramref name="text"/>.</summary>
    private static string LongestQuotedOpening(string wording, string text)
    {
        int lo = 0, hi = wording.Length;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (text.Contains(wording[..mid], StringComparison.Ordinal)) lo = mid;
            else hi = mid - 1;
        }
        return wording[..lo];
    }

    private static string Head(string s, int n) => s.Length <= n ? s : s[..n] + "…";

    [GeneratedRegex("第[（(]?(?<n>[一二三四五六七八九十]+)[）)]?项")]
    private static partial Regex ClauseRefs();

    [GeneratedRegex("倍以上|倍以下|倍的罚款|百分之[一二三四五六七八九十]+(以上|以下)")]
    private static partial Regex MultipleOfAmount();
}
