using Enforcement.Routing;
using Enforcement.Routing.NonEnforcement;
using Enforcement.Shared.Messages.Triage;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Tests.Routing;

public sealed class LearningTests
{
    private const string Taught = "工地的泥头车晚上把泥巴水冲到路边的窨井里";
    private const string Similar = "泥头车又把泥巴水冲进窨井里了";

    private static async Task<IReadOnlyList<ItemSuggestion>> RankAsync(RoutingFixture fixture, Enforcement.Routing.Index.RoutingModel model, string text)
    {
        var handler = new RouteComplaintHandler(model, NotEnforcementClassifier.Default, await fixture.NewDbContextAsync());
        return (await handler.Handle(new RouteComplaint(text, []), CancellationToken.None)).Ranked;
    }

    private static async Task CorrectAsync(RoutingFixture fixture, string text, string chosen)
    {
        var handler = new LearnFromCorrectionHandler(fixture.Model, await fixture.NewDbContextAsync());
        await handler.Handle(new TriageCorrected(text, null, chosen, DateTimeOffset.UtcNow), CancellationToken.None);
    }

    [Test]
    public async Task A_correction_is_kept_and_the_next_similar_complaint_ranks_the_chosen_item_first()
    {
        await using var fixture = new RoutingFixture();
        var before = await RankAsync(fixture, fixture.Model, Similar);
        Assert.That(before.FirstOrDefault()?.ItemCode, Is.Not.EqualTo(RoutingFixture.Drains.Code), "precondition: not first before learning");

        await CorrectAsync(fixture, Taught, RoutingFixture.Drains.Code);

        var db = await fixture.NewDbContextAsync();
        var stored = await db.LearnedRoutes.SingleAsync();
        Assert.That((stored.Text, stored.ChosenItemCode), Is.EqualTo((Taught, RoutingFixture.Drains.Code)));
        var after = await RankAsync(fixture, fixture.Model, Similar);
        Assert.That(after[0].ItemCode, Is.EqualTo(RoutingFixture.Drains.Code));
        Assert.That(after[0].Department, Is.EqualTo("water-affairs"));
    }

    [Test]
    public async Task A_new_process_learns_the_stored_corrections_when_it_builds_its_model()
    {
        await using var fixture = new RoutingFixture();
        await RankAsync(fixture, fixture.Model, "先建好模型");
        await CorrectAsync(fixture, Taught, RoutingFixture.Drains.Code);

        using var restarted = fixture.NewModel();
        var ranked = await RankAsync(fixture, restarted, Similar);

        Assert.That(ranked[0].ItemCode, Is.EqualTo(RoutingFixture.Drains.Code));
        Assert.That(restarted.LearnedCount, Is.EqualTo(1));
    }

    [Test]
    public async Task A_correction_to_an_unknown_item_is_kept_but_teaches_nothing()
    {
        await using var fixture = new RoutingFixture();
        await RankAsync(fixture, fixture.Model, "先建好模型");
        await CorrectAsync(fixture, Taught, "NO-SUCH-ITEM");
        Assert.That(fixture.Model.LearnedCount, Is.Zero);
    }
}
