using Enforcement.Modules.DrugAdministration;
using Enforcement.Modules.DrugAdministration.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.DrugAdministration;

/// <summary>The module's answer to "is this result valid?": the form first, then the module's rules.</summary>
public sealed class DrugAdministrationValidationTests
{
    private static ResultValidationRequested Validate(string itemCode, object data)
    {
        var request = new ResultValidationRequested(itemCode, RecordData.Of(data));
        DepartmentAnswers.Validate(new DrugAdministrationModule(), DrugAdministrationRules.All, request);
        return request;
    }

    [Test]
    public void A_complete_expired_food_record_is_accepted()
    {
        var request = Validate("YJ-SP-001", new
        {
            site = new { address = "某街道幸福路 18 号 万家福超市" },
            checkedAt = "2026-11-27T10:30:00+08:00",
            party = "个体工商户",
            finding = "现场发现不符合食品安全要求的食品",
            product = "全脂纯牛奶 250mL",
            expiryDate = "2026-11-20T00:00:00+08:00",
            quantity = 24,
            goodsValue = 96,
            testing = "未检验（感官或者标识可判定）",
            measure = "查封、扣押涉案食品并立案调查",
            proposedFine = 50000,
            photos = new[] { "ev-1", "ev-2" },
        });
        Assert.That(request.OwnerAnswered, Is.True);
        Assert.That(request.Errors, Is.Empty);
    }

    [Test]
    public void Rules_run_after_the_form_and_report_each_problem()
    {
        var request = Validate("YJ-SP-001", new
        {
            site = new { address = "某街道幸福路 18 号" },
            checkedAt = "2026-11-27T10:30:00+08:00",
            party = "个体工商户",
            finding = "现场发现不符合食品安全要求的食品",
            product = "面包",
            testing = "已快速检测",
            measure = "立案调查",
            goodsValue = 20000,
            proposedFine = 100000,
            photos = new[] { "ev-1" },
        });
        Assert.That(request.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "expiryDate", "proposedFine" }));
    }

    [Test]
    public void Form_errors_stop_before_the_rules()
    {
        var request = Validate("YJ-RY-001", new { finding = "现场发现餐饮服务或者从业人员违反食品安全要求", measure = "无需处置" });
        Assert.That(request.Errors.Select(e => e.Field), Does.Contain("site").And.Contain("photos").And.Not.Contain("staffConcerned"));
    }

    [Test]
    public void Other_modules_items_are_not_answered() =>
        Assert.That(Validate("CG-DL-001", new { }).OwnerAnswered, Is.False);
}
