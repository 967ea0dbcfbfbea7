using Enforcement.Shared.Messages.Audit;
using Enforcement.Web.Live;

namespace Enforcement.Tests.Web;

public sealed class LiveRelayRuleTests
{
    private static StateChanged Change(string entityType, string entityId = "42", string action = "received") =>
        new("nanyuan", entityType, entityId, action, "wang.fang", TestHostClock.Now,
            "{\"text\":\"我叫张三，电话 13800000000\"}", "{\"text\":\"我叫张三，电话 13800000000\"}");

    [TestCase("work-order")]
    [TestCase("case")]
    [TestCase("duty-check")]
    public void A_change_the_pages_show_is_relayed_as_kind_id_and_action_only(string entityType)
    {
        var relayed = LiveRelayRule.Relay(Change(entityType, "01a2-b3", "dispatch"));

        Assert.That(relayed, Is.EqualTo(new LiveChange(entityType, "01a2-b3", "dispatch")));
    }

    [Test]
    public void The_relayed_hint_carries_nothing_of_the_record_or_who_made_it()
    {
        var relayed = LiveRelayRule.Relay(Change("work-order"))!;

        var json = System.Text.Json.JsonSerializer.Serialize(relayed);
        Assert.That(json, Does.Not.Contain("张三").And.Not.Contain("13800000000").And.Not.Contain("wang.fang"));
    }

    [TestCase("user")]
    [TestCase("channel-key")]
    [TestCase("something-new")]
    public void Accounts_keys_and_kinds_no_page_shows_are_not_relayed(string entityType)
    {
        Assert.That(LiveRelayRule.Relay(Change(entityType, "zhang.san")), Is.Null);
    }
}

internal static class TestHostClock
{
    public static DateTimeOffset Now => Support.TestHost.Start;
}
