using Enforcement.Cases.Procedure.Rules;
using Enforcement.Shared.Catalogue;

namespace Enforcement.Tests.Procedure.Rules;

public sealed class SimpleProcedureLimitRuleTests
{
    [TestCase(PartyKind.Individual, 200, true)]
    [TestCase(PartyKind.Individual, 201, false)]
    [TestCase(PartyKind.Organisation, 3000, true)]
    [TestCase(PartyKind.Organisation, 3000.01, false)]
    public void On_the_spot_fines_stop_at_200_yuan_for_individuals_and_3000_for_organisations(PartyKind party, decimal amount, bool allowed) =>
        Assert.That(SimpleProcedureLimitRule.Check(Penalties.Fine, amount, party) is null, Is.EqualTo(allowed));

    [Test]
    public void A_warning_is_always_possible_on_the_spot() =>
        Assert.That(SimpleProcedureLimitRule.Check(Penalties.Warning, null, PartyKind.Individual), Is.Null);

    [Test]
    public void The_refusal_cites_article_51() =>
        Assert.That(SimpleProcedureLimitRule.Check(Penalties.Fine, 500, PartyKind.Individual), Does.Contain("第五十一条"));
}
