using Enforcement.Modules.WorkSafety;
using Enforcement.Modules.WorkSafety.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.WorkSafety;

/// <summary>The module answers result validation for its own items: form first, then its rules.</summary>
public sealed class WorkSafetyValidationTests
{
    private static ResultValidationRequested Validate(string itemCode, object data)
    {
        var request = new ResultValidationRequested(itemCode, WorkSafetyData.Of(data));
        DepartmentAnswers.Validate(new WorkSafetyModule(), WorkSafetyRules.All, request);
        return request;
    }

    private static object GasRecord(string alarm, string finding, string measure) => new
    {
        site = new { address = "南苑街道某某路 21 号" },
        business = "某某小吃店",
        trade = "餐饮",
        gas = "瓶装液化石油气",
        cylinders = 2,
        alarm,
        finding,
        measure,
        photos = new[] { "ev-1" },
    };

    [Test]
    public void A_complete_gas_record_passes()
    {
        var request = Validate("AJ-RQ-001", GasRecord("未安装", "使用燃气未安装可燃气体报警装置或者未保障其正常使用", "责令限期改正"));
        Assert.That(request.OwnerAnswered, Is.True);
        Assert.That(request.Errors, Is.Empty);
    }

    [Test]
    public void Rules_run_after_the_form()
    {
        var request = Validate("AJ-RQ-001", GasRecord("未安装", "现场未发现违法行为", "无需处置"));
        Assert.That(request.Errors.Select(e => e.Field), Is.EqualTo(new[] { "finding" }));
    }

    [Test]
    public void Other_modules_items_are_not_answered() =>
        Assert.That(Validate("RS-GZ-001", new { }).OwnerAnswered, Is.False);
}
