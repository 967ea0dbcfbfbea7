using NUnit.Framework;
using Enforcement.Workforce.ActingOfficers.Rules;
using static Enforcement.Modules.Tests.Workforce.RosterData;

namespace Enforcement.Modules.Tests.Workforce;

/// <summary>行政处罚法 第四十三条第一款: 执法人员与案件有直接利害关系……的，应当回避.</summary>
[TestFixture]
public sealed class NotRecusedRuleTests
{
    private readonly NotRecusedRule _rule = new();

    [Test]
    public void An_officer_without_a_recorded_interest_may_act() =>
        Assert.That(_rule.Check(Officer(), Matter(party: "兴隆大街烧烤店", caseId: Guid.NewGuid())), Is.Null);

    [Test]
    public void An_interest_in_the_party_is_refused_whatever_the_spacing_and_case()
    {
        var officer = Officer().WithInterest("兴隆大街ABC烧烤店", null, "店主系其表兄");
        Assert.That(_rule.Check(officer, Matter(party: " 兴隆大街abc烧烤店 ")),
            Is.EqualTo("执法人员 NY-003 王五 与当事人“兴隆大街ABC烧烤店”有利害关系（店主系其表兄），应当回避（《行政处罚法》第四十三条）"));
    }

    [Test]
    public void An_interest_in_the_case_is_refused()
    {
        var caseId = Guid.NewGuid();
        var officer = Officer().WithInterest(null, caseId, "举报人系其配偶");
        Assert.That(_rule.Check(officer, Matter(caseId: caseId)), Does.Contain("与本案有利害关系（举报人系其配偶）"));
    }

    [Test]
    public void An_interest_in_another_party_or_case_does_not_stop_the_officer()
    {
        var officer = Officer().WithInterest("另一家店", Guid.NewGuid(), "亲属经营");
        Assert.That(_rule.Check(officer, Matter(party: "兴隆大街烧烤店", caseId: Guid.NewGuid())), Is.Null);
    }

    [Test]
    public void A_matter_without_a_party_is_not_matched_by_party_interests() =>
        Assert.That(_rule.Check(Officer().WithInterest("兴隆大街烧烤店", null, "亲属经营"), Matter()), Is.Null);
}
