using Enforcement.Routing;
using Enforcement.Routing.NonEnforcement;
using Enforcement.Shared.Messages.Triage;

namespace Enforcement.Tests.Routing;

public sealed class RouteComplaintHandlerTests
{
    private static async Task<RoutingAnswer> RouteAsync(RoutingFixture fixture, string text, params ItemSuggestion[] fromModules)
    {
        var handler = new RouteComplaintHandler(fixture.Model, NotEnforcementClassifier.Default, await fixture.NewDbContextAsync());
        return await handler.Handle(new RouteComplaint(text, fromModules), CancellationToken.None);
    }

    [Test]
    public async Task Ranks_the_item_whose_words_the_complaint_uses_first_with_scores_in_zero_to_one()
    {
        await using var fixture = new RoutingFixture();
        var answer = await RouteAsync(fixture, "楼下饭店的油烟太大了，排烟管子对着我家窗户",
            RoutingFixture.Suggestion(RoutingFixture.Barbecue, 0.3), RoutingFixture.Suggestion(RoutingFixture.Fumes, 0.33));

        Assert.That(answer.NotEnforcement, Is.Null);
        Assert.That(answer.Ranked[0].ItemCode, Is.EqualTo(RoutingFixture.Fumes.Code));
        Assert.That(answer.Ranked.Select(s => s.Score), Has.All.InRange(0.0001, 1.0));
    }

    [Test]
    public async Task Adds_an_item_the_modules_missed_with_its_penalty_basis_and_department()
    {
        await using var fixture = new RoutingFixture();
        var answer = await RouteAsync(fixture, "老板拖欠我们三个月工资了，一直不给");

        var wages = answer.Ranked.Single(s => s.ItemCode == RoutingFixture.Wages.Code);
        Assert.That(wages.Department, Is.EqualTo("human-resources"));
        Assert.That(wages.LegalBasis, Is.EqualTo(RoutingFixture.Wages.PenaltyBasis));
        Assert.That(wages.ItemName, Is.EqualTo(RoutingFixture.Wages.Name));
    }

    [Test]
    public async Task A_complaint_nothing_matches_gets_an_empty_ranking()
    {
        await using var fixture = new RoutingFixture();
        var answer = await RouteAsync(fixture, "今天天气怎么样");
        Assert.That(answer.Ranked, Is.Empty);
        Assert.That(answer.NotEnforcement, Is.Null);
    }

    [Test]
    public async Task A_consultation_is_not_enforcement_and_has_no_ranking()
    {
        await using var fixture = new RoutingFixture();
        var answer = await RouteAsync(fixture, "请问办理排水许可需要什么材料");
        Assert.That(answer.NotEnforcement?.Category, Is.EqualTo("consultation"));
        Assert.That(answer.Ranked, Is.Empty);
    }

    [Test]
    public async Task A_question_about_a_violation_the_modules_recognise_is_still_enforcement()
    {
        await using var fixture = new RoutingFixture();
        var answer = await RouteAsync(fixture, "请问楼下烧烤油烟谁管", RoutingFixture.Suggestion(RoutingFixture.Fumes, 0.33));
        Assert.That(answer.NotEnforcement, Is.Null);
        Assert.That(answer.Ranked.Select(s => s.ItemCode), Does.Contain(RoutingFixture.Fumes.Code));
    }
}
