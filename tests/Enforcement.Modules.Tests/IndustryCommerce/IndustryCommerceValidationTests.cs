using Enforcement.Modules.IndustryCommerce;
using Enforcement.Modules.IndustryCommerce.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.IndustryCommerce;

/// <summary>The module's rules run after the form's own field checks, for the owning item only.</summary>
public sealed class IndustryCommerceValidationTests
{
    private static readonly object Site = new { address = "幸福路 12 号" };

    private static ResultValidationRequested Validate(string code, object data)
    {
        var request = new ResultValidationRequested(code, ResultData.Of(data));
        DepartmentAnswers.Validate(new IndustryCommerceModule(), IndustryCommerceRules.All, request);
        return request;
    }

    [Test]
    public void A_complete_unlicensed_business_record_passes()
    {
        var request = Validate("GS-WZ-001", new
        {
            site = Site, finding = "现场存在无照经营或为无照经营提供条件的行为", licence = "未取得营业执照",
            permit = "经营项目依法无须许可", measure = "督促引导办理营业执照", photos = new[] { "ev-1" },
        });
        Assert.That(request.OwnerAnswered, Is.True);
        Assert.That(request.Errors, Is.Empty);
    }

    [Test]
    public void A_missing_required_field_is_reported_before_the_rules_run()
    {
        var request = Validate("GS-WZ-001", new
        {
            site = Site, finding = "现场存在无照经营或为无照经营提供条件的行为", permit = "依法须取得许可但未取得",
            measure = "立案调查", photos = "ev-2",
        });
        Assert.That(request.Errors.Select(e => e.Field), Is.EqualTo(new[] { "licence" }));
    }

    [Test]
    public void A_false_ad_case_without_the_ad_cost_is_refused()
    {
        var request = Validate("GS-GG-001", new { site = Site, finding = "现场存在违法广告行为", measure = "立案调查", photos = "ev-3" });
        Assert.That(request.Errors.Select(e => e.Field), Is.EqualTo(new[] { "adCostStatus" }));
    }

    [Test]
    public void A_fuel_case_without_the_goods_value_is_refused()
    {
        var request = Validate("GS-DQ-003", new { site = Site, finding = "现场存在违法销售或过度包装行为", measure = "立案调查", photos = "ev-4" });
        Assert.That(request.Errors.Select(e => e.Field), Is.EqualTo(new[] { "goodsValue" }));
    }

    [Test]
    public void Another_modules_item_is_ignored()
    {
        var request = Validate("CG-DL-001", new { });
        Assert.That(request.OwnerAnswered, Is.False);
    }
}
