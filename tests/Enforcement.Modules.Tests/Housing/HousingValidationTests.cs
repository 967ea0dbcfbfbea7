using Enforcement.Modules.Housing;
using Enforcement.Modules.Housing.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Housing;

/// <summary>The module answers result validation for its own items: form first, then its rules.</summary>
public sealed class HousingValidationTests
{
    private static ResultValidationRequested Validate(string itemCode, object data)
    {
        var request = new ResultValidationRequested(itemCode, HousingData.Of(data));
        DepartmentAnswers.Validate(new HousingModule(), HousingRules.All, request);
        return request;
    }

    [Test]
    public void A_complete_record_passes()
    {
        var request = Validate("ZJ-WY-003", new
        {
            site = new { address = "南苑街道某某花园 3 栋" },
            finding = "存在擅自改变用途、占用挖掘或者利用共用部位经营的行为",
            actor = "物业服务企业",
            part = "共用设施设备",
            consent = "未征得同意",
            income = 12000,
            measure = "责令限期改正并给予警告",
            photos = new[] { "ev-1" },
        });
        Assert.That(request.OwnerAnswered, Is.True);
        Assert.That(request.Errors, Is.Empty);
    }

    [Test]
    public void Rules_run_after_the_form()
    {
        var request = Validate("ZJ-WY-005", new
        {
            site = new { address = "南苑街道某某花园" },
            finding = "存在挪用专项维修资金的行为",
            actor = "业主委员会",
            measure = "立案调查",
            documents = new[] { "ev-2" },
        });
        Assert.That(request.Errors.Select(e => e.Field), Is.EqualTo(new[] { "misusedAmount" }));
    }

    [Test]
    public void Form_errors_come_before_rules()
    {
        var request = Validate("ZJ-YC-001", new { finding = "现场未发现违法行为", cover = "未覆盖", measure = "无需处置" });
        Assert.That(request.Errors.Select(e => e.Field), Is.SupersetOf(new[] { "site", "photos", "video" }));
        Assert.That(request.Errors.Select(e => e.Field), Has.None.EqualTo("finding"));
    }

    [Test]
    public void Other_modules_items_are_not_answered() =>
        Assert.That(Validate("HB-YC-004", new { }).OwnerAnswered, Is.False);
}
