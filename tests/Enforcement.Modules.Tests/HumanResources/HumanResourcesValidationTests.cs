using Enforcement.Modules.HumanResources;
using Enforcement.Modules.HumanResources.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.HumanResources;

/// <summary>The module answers result validation for its own items: form first, then its rules.</summary>
public sealed class HumanResourcesValidationTests
{
    private static ResultValidationRequested Validate(string itemCode, object data)
    {
        var request = new ResultValidationRequested(itemCode, HumanResourcesData.Of(data));
        DepartmentAnswers.Validate(new HumanResourcesModule(), HumanResourcesRules.All, request);
        return request;
    }

    [Test]
    public void A_complete_arrears_record_passes()
    {
        var request = Validate("RS-GZ-001", new
        {
            site = new { address = "南苑街道某某路 8 号" },
            employer = "某某餐饮管理有限公司",
            finding = "存在克扣、拖欠工资或者低于最低工资标准支付工资的行为",
            workers = 6,
            owedAmount = 54000,
            owedMonths = 3,
            payBy = "2026-12-10T17:00:00+08:00",
            measure = "责令限期支付",
            documents = new[] { "ev-1" },
        });
        Assert.That(request.OwnerAnswered, Is.True);
        Assert.That(request.Errors, Is.Empty);
    }

    [Test]
    public void Rules_run_after_the_form()
    {
        var request = Validate("RS-GZ-001", new
        {
            site = new { address = "南苑街道某某路 8 号" },
            employer = "某某餐饮管理有限公司",
            finding = "存在克扣、拖欠工资或者低于最低工资标准支付工资的行为",
            workers = 6,
            measure = "责令限期支付",
            documents = new[] { "ev-1" },
        });
        Assert.That(request.Errors.Select(e => e.Field), Is.EqualTo(new[] { "owedAmount" }));
    }

    [Test]
    public void Other_modules_items_are_not_answered() =>
        Assert.That(Validate("AJ-RQ-001", new { }).OwnerAnswered, Is.False);
}
