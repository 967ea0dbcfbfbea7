using Enforcement.Tests.Support;

namespace Enforcement.Tests.Catalogue;

[NonParallelizable]
public sealed class PowerListTests
{
    [Test]
    public async Task Fourteen_modules_five_stationed_nine_liaison_and_a_power_list_of_214_items_152_dispatched_62_joint()
    {
        using var host = new TestHost();
        var modules = (await host.Api.GetOk("/api/modules")).AsArray();
        var list = await host.Api.GetOk("/api/power-list");
        var items = list["items"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(modules, Has.Count.EqualTo(14));
            Assert.That(modules.Count(m => m!["kind"]!.GetValue<string>() == "stationed"), Is.EqualTo(5));
            Assert.That(modules.Count(m => m!["kind"]!.GetValue<string>() == "liaison"), Is.EqualTo(9));
            Assert.That(modules.Select(m => m!["key"]!.GetValue<string>()), Is.SupersetOf(new[]
            {
                "city-management", "environment", "drug-administration", "industry-commerce", "traffic-police",
                "housing", "human-resources", "work-safety", "culture", "education",
            }));
            Assert.That(list["counts"]!["total"]!.GetValue<int>(), Is.EqualTo(214));
            Assert.That(list["counts"]!["dispatched"]!.GetValue<int>(), Is.EqualTo(152));
            Assert.That(list["counts"]!["joint"]!.GetValue<int>(), Is.EqualTo(62));
            Assert.That(items, Has.Count.EqualTo(214));
            Assert.That(items.Select(i => i!["type"]!.GetValue<string>()), Is.All.EqualTo("行政处罚"));
            Assert.That(items.Select(i => i!["penaltyBasis"]!["citation"]!.GetValue<string>()), Is.All.StartsWith("《"));
        });
    }

    [Test]
    public async Task The_power_list_needs_no_sign_in_and_shows_type_method_and_procedure()
    {
        using var host = new TestHost();
        var list = await host.Api.GetOk("/api/power-list?department=traffic-police");
        var parking = list["items"]!.AsArray().First(i => i!["name"]!.GetValue<string>().Contains("停"))!;
        Assert.Multiple(() =>
        {
            Assert.That(list["jurisdictionName"]!.GetValue<string>(), Is.EqualTo("南苑街道"));
            Assert.That(parking["procedure"]!.GetValue<string>(), Does.Contain("简易程序"));
            Assert.That(parking["penalty"]!["wording"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(parking["modeName"]!.GetValue<string>(), Is.EqualTo("派驻执法"));
            Assert.That(parking["benchmark"]!["individual"]!["lighter"]!["min"]!.GetValue<decimal>(), Is.EqualTo(20m));
            Assert.That(parking["benchmark"]!["note"]!.GetValue<string>(), Does.Contain("第三十四条"));
        });
    }

    [TestCase("小区门口天天有车违法停车，堵得我们出不去", "traffic-police")]
    [TestCase("楼下新开了一家店，无照经营好几个月了", "industry-commerce")]
    [TestCase("超市在卖过期食品，牛奶都过期一个礼拜了", "drug-administration")]
    [TestCase("老板拖欠工资三个月了，几十个工人讨薪无门", "human-resources")]
    [TestCase("网吧接纳未成年人，一群初中生在里面通宵", "culture")]
    [TestCase("楼道里堆满杂物，消防通道被堵死了", "fire-rescue")]
    [TestCase("楼下饭店的油烟直接往我家窗户里灌", "environment")]
    [TestCase("小区里有人私搭乱建，楼顶加盖了一层", "planning")]
    public async Task A_typical_complaint_is_suggested_its_departments_item_first(string complaint, string department)
    {
        using var host = new TestHost();
        var suggestions = (await host.Api.PostOk("/api/triage/suggest", new { text = complaint })).AsArray();
        Assert.That(suggestions[0]!["department"]!.GetValue<string>(), Is.EqualTo(department),
            string.Join("；", suggestions.Select(s => $"{s!["itemCode"]} {s["score"]}")));
    }

    [Test]
    public async Task The_discretion_benchmark_places_a_case_in_a_band_with_its_article()
    {
        using var host = new TestHost();
        var firstOffence = await host.Api.PostOk("/api/items/CG-YY-001/discretion",
            new { party = "individual", firstOffence = true, correctedPromptly = true, harm = "slight" });
        var repeat = await host.Api.PostOk("/api/items/CG-YY-001/discretion",
            new { party = "individual", firstOffence = false, correctedPromptly = false, harm = "ordinary", repeat = true });
        Assert.Multiple(() =>
        {
            Assert.That(firstOffence["bandName"]!.GetValue<string>(), Is.EqualTo("不予处罚"));
            Assert.That(firstOffence["reason"]!.GetValue<string>(), Does.Contain("第三十三条"));
            Assert.That(repeat["bandName"]!.GetValue<string>(), Is.EqualTo("从重"));
            Assert.That(repeat["fine"]!["max"]!.GetValue<decimal>(), Is.EqualTo(20000m));
            Assert.That(repeat["fine"]!["min"]!.GetValue<decimal>(), Is.GreaterThan(500m));
        });
    }
}
