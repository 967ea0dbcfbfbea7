using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Citations;

/// <summary>
/// The citation checks run on made-up items with known defects, so that a green catalogue run means
/// the checks looked, not that they cannot fail.
/// </summary>
[TestFixture]
public sealed class CitationChecksCatchDefectsTests
{
    private const string Air = "大气污染防治法";
    private readonly StatuteCitationTests _checks = new();

    /// <summary>露天烧烤, cited as the city-management module cites it: 118 第三款, 500–20000 元.</summary>
    private static EnforcementItem Bbq(LegalBasis? penaltyBasis = null, PenaltyRange? penalty = null, LegalBasis? violated = null) =>
        new("TEST-001", "露天烧烤", "test", "油烟",
            violated ?? new LegalBasis(Air, 81, 3),
            penaltyBasis ?? new LegalBasis(Air, 118, 3),
            penalty ?? new PenaltyRange("责令改正，没收烧烤工具和违法所得，并处五百元以上二万元以下的罚款") { Fine = new FineBand(500, 20000) },
            "TEST-F",
            new KeywordRule(["露天烧烤"]));

    private static string FailureOf(Action check)
    {
        var e = Assert.Catch<ResultStateException>(check, "the check passed a defective item");
        return e?.Message ?? "";
    }

    [Test]
    public void A_correct_item_passes_every_check()
    {
        var item = Bbq();
        Assert.Multiple(() =>
        {
            Assert.That(() => _checks.Law_files_exist_or_the_citation_is_marked_unchecked(item), Throws.Nothing);
            Assert.That(() => _checks.Violated_provision_exists(item), Throws.Nothing);
            Assert.That(() => _checks.Penalty_provision_exists(item), Throws.Nothing);
            Assert.That(() => _checks.Penalty_wording_is_verbatim_in_the_penalty_provision(item), Throws.Nothing);
            Assert.That(() => _checks.Fine_bands_are_the_penalty_provisions_figures(item), Throws.Nothing);
            Assert.That(() => _checks.A_missing_fine_band_is_explained(item), Throws.Nothing);
        });
    }

    [Test]
    public void An_unknown_law_without_a_check_note_fails()
    {
        var message = FailureOf(() => _checks.Law_files_exist_or_the_citation_is_marked_unchecked(Bbq(violated: new LegalBasis("大气污染防治条例", 81))));
        Assert.That(message, Does.Contain("TEST-001").And.Contain("Violated").And.Contain("大气污染防治条例").And.Contain("CheckNote"));
    }

    [Test]
    public void An_unknown_law_marked_unchecked_passes_only_without_figures()
    {
        var marked = new LegalBasis("大气污染防治条例", 81) { CheckNote = "本系统未收录该法规文本，条文待核对" };
        Assert.That(() => _checks.Law_files_exist_or_the_citation_is_marked_unchecked(Bbq(violated: marked)), Throws.Nothing,
            "the sample item states a band, but from the 大气污染防治法 penalty article, which is in the texts");
        var message = FailureOf(() => _checks.Law_files_exist_or_the_citation_is_marked_unchecked(Bbq(penaltyBasis: marked)));
        Assert.That(message, Does.Contain("states a fine band"));
    }

    [Test]
    public void An_article_that_does_not_exist_fails()
    {
        var message = FailureOf(() => _checks.Penalty_provision_exists(Bbq(penaltyBasis: new LegalBasis(Air, 900))));
        Assert.That(message, Does.Contain("TEST-001").And.Contain("PenaltyBasis").And.Contain("第九百条"));
    }

    [Test]
    public void A_paragraph_beyond_the_article_fails()
    {
        var message = FailureOf(() => _checks.Violated_provision_exists(Bbq(violated: new LegalBasis(Air, 81, 4))));
        Assert.That(message, Does.Contain("TEST-001").And.Contain("第八十一条").And.Contain("第四款"));
    }

    [Test]
    public void Wording_from_another_paragraph_fails()
    {
        var item = Bbq(penaltyBasis: new LegalBasis(Air, 118, 1));
        var message = FailureOf(() => _checks.Penalty_wording_is_verbatim_in_the_penalty_provision(item));
        Assert.That(message, Does.Contain("TEST-001").And.Contain("not verbatim").And.Contain("differs at"));
    }

    [Test]
    public void Paraphrased_wording_fails_but_whitespace_does_not_matter()
    {
        var paraphrased = Bbq(penalty: new PenaltyRange("责令改正，没收烧烤工具和违法所得，并处500元以上2万元以下罚款") { Fine = new FineBand(500, 20000) });
        var spaced = Bbq(penalty: new PenaltyRange("责令改正， 没收烧烤工具和违法所得，\n并处五百元以上二万元以下的罚款") { Fine = new FineBand(500, 20000) });
        Assert.Multiple(() =>
        {
            Assert.That(FailureOf(() => _checks.Penalty_wording_is_verbatim_in_the_penalty_provision(paraphrased)), Does.Contain("并处"));
            Assert.That(() => _checks.Penalty_wording_is_verbatim_in_the_penalty_provision(spaced), Throws.Nothing);
        });
    }

    [Test]
    public void An_invented_band_fails()
    {
        var item = Bbq(penalty: new PenaltyRange("责令改正，没收烧烤工具和违法所得，并处五百元以上二万元以下的罚款") { Fine = new FineBand(500, 2000) });
        var message = FailureOf(() => _checks.Fine_bands_are_the_penalty_provisions_figures(item));
        Assert.That(message, Does.Contain("TEST-001").And.Contain("Penalty.Fine = 500–2000 元").And.Contain("invented"));
    }

    [Test]
    public void A_band_from_elsewhere_in_the_article_fails_against_the_wording()
    {
        // Whole article 118 states 5000–50000, but the quoted wording is the 烧烤 paragraph's.
        var item = Bbq(penaltyBasis: new LegalBasis(Air, 118),
            penalty: new PenaltyRange("没收烧烤工具和违法所得，并处五百元以上二万元以下的罚款") { Fine = new FineBand(5000, 50000) });
        var message = FailureOf(() => _checks.Fine_bands_are_the_penalty_provisions_figures(item));
        Assert.That(message, Does.Contain("not among the bands of the quoted Wording"));
    }

    [Test]
    public void A_dropped_amount_fails()
    {
        var item = Bbq(penalty: new PenaltyRange("责令改正，没收烧烤工具和违法所得，并处五百元以上二万元以下的罚款"));
        Assert.Multiple(() =>
        {
            Assert.That(FailureOf(() => _checks.Fine_bands_are_the_penalty_provisions_figures(item)),
                Does.Contain("an amount was dropped").And.Contain("五百元"));
            Assert.That(FailureOf(() => _checks.A_missing_fine_band_is_explained(item)), Does.Contain("Penalty.Fine is null"));
        });
    }

    [Test]
    public void Party_bands_must_go_to_the_right_party()
    {
        var wording = "责令改正，对单位处一万元以上十万元以下的罚款，对个人处五百元以上二千元以下的罚款";
        var swapped = Bbq(new LegalBasis(Air, 119, 2),
            new PenaltyRange(wording) { Fine = new FineBand(10000, 100000), OrganisationFine = new FineBand(500, 2000) });
        var right = Bbq(new LegalBasis(Air, 119, 2),
            new PenaltyRange(wording) { Fine = new FineBand(500, 2000), OrganisationFine = new FineBand(10000, 100000) });
        Assert.Multiple(() =>
        {
            Assert.That(FailureOf(() => _checks.Fine_bands_are_the_penalty_provisions_figures(swapped)),
                Does.Contain("OrganisationFine must be 10000–100000 元"));
            Assert.That(() => _checks.Fine_bands_are_the_penalty_provisions_figures(right), Throws.Nothing);
        });
    }

    [Test]
    public void A_fine_left_to_local_rules_needs_the_local_rule_named()
    {
        const string law = "城市市容和环境卫生管理条例";
        var wording = "责令其停止违法行为，限期清理、拆除或者采取其他补救措施，并可处以罚款";
        var unnamed = Bbq(new LegalBasis(law, 36, Clause: 2), new PenaltyRange(wording), new LegalBasis(law, 14));
        var named = Bbq(new LegalBasis(law, 36, Clause: 2), new PenaltyRange(wording) { LocalRule = "某市市容管理条例" }, new LegalBasis(law, 14));
        var noFine = Bbq(new LegalBasis(Air, 119, 3), new PenaltyRange("依法予以处罚"));
        Assert.Multiple(() =>
        {
            Assert.That(FailureOf(() => _checks.A_missing_fine_band_is_explained(unnamed)), Does.Contain("no LocalRule"));
            Assert.That(() => _checks.A_missing_fine_band_is_explained(named), Throws.Nothing);
            Assert.That(() => _checks.Fine_bands_are_the_penalty_provisions_figures(named), Throws.Nothing);
            Assert.That(() => _checks.A_missing_fine_band_is_explained(noFine), Throws.Nothing);
        });
    }

    [Test]
    public void A_citation_of_an_outdated_text_needs_a_check_note()
    {
        var bare = Bbq(violated: new LegalBasis("治安管理处罚法", 23));
        var noted = Bbq(violated: new LegalBasis("治安管理处罚法", 23) { CheckNote = "待核对现行文本" });
        Assert.Multiple(() =>
        {
            Assert.That(FailureOf(() => _checks.Citations_of_outdated_texts_carry_a_check_note(bare)), Does.Contain("CheckNote"));
            Assert.That(() => _checks.Citations_of_outdated_texts_carry_a_check_note(noted), Throws.Nothing);
        });
    }

    [Test]
    public void A_band_tied_to_other_clauses_fails()
    {
        const string solidWaste = "固体废物污染环境防治法";
        var wording = "单位有前款第一项、第七项行为之一，处五万元以上五十万元以下的罚款；单位有前款第二项、第三项、第四项、第五项、第六项行为之一，处十万元以上一百万元以下的罚款";
        var wrong = Bbq(new LegalBasis(solidWaste, 111, Clause: 1),
            new PenaltyRange(wording) { Fine = new FineBand(100000, 1000000) }, new LegalBasis(solidWaste, 49, 2));
        var right = Bbq(new LegalBasis(solidWaste, 111, Clause: 4),
            new PenaltyRange(wording) { Fine = new FineBand(100000, 1000000) }, new LegalBasis(solidWaste, 49, 2));
        Assert.Multiple(() =>
        {
            Assert.That(FailureOf(() => _checks.Fine_bands_apply_to_the_cited_clause(wrong)),
                Does.Contain("clause(s) 2、3、4、5、6").And.Contain("cites clause 1"));
            Assert.That(() => _checks.Fine_bands_apply_to_the_cited_clause(right), Throws.Nothing);
            Assert.That(() => _checks.Penalty_wording_is_verbatim_in_the_penalty_provision(right), Throws.Nothing);
        });
    }
}
