using Enforcement.Documents.Templates;
using Enforcement.Modules.Tests.Citations;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Documents;

/// <summary>Every article of 行政处罚法 the documents cite exists in the reference text, down to paragraph and clause.</summary>
[TestFixture]
public sealed class PenaltyLawCitationTests
{
    public static IEnumerable<TestCaseData> Cited() =>
        PenaltyLaw.Cited.Select(b => new TestCaseData(b).SetArgDisplayNames(b.ToString()));

    [TestCaseSource(nameof(Cited))]
    public void The_cited_provision_exists(Enforcement.Shared.Catalogue.LegalBasis basis)
    {
        var statute = StatuteLibrary.Default.Find(basis.Law);
        Assert.That(statute, Is.Not.Null, $"{basis.Law} is not in shared/reference/statutes");
        Assert.That(statute!.Resolve(basis, out var problem), Is.Not.Null, problem);
    }

    [Test]
    public void Citations_use_the_law_s_full_name() =>
        Assert.That(PenaltyLaw.Cite(PenaltyLaw.PriorNotice, PenaltyLaw.LateFee),
            Is.EqualTo("《中华人民共和国行政处罚法》第四十四条、第七十二条第一款第（一）项"));

    [Test]
    public void The_review_and_litigation_laws_are_not_in_the_reference_texts_so_no_article_of_them_is_cited()
    {
        Assert.That(StatuteLibrary.Default.Find("行政复议法"), Is.Null, "the text is now there: cite its articles and periods");
        Assert.That(StatuteLibrary.Default.Find("行政诉讼法"), Is.Null, "the text is now there: cite its articles and periods");
        Assert.That(Remedies.Text, Does.Not.Match("法》第"));
    }
}
