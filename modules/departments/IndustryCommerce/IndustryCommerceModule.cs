using Enforcement.Modules.IndustryCommerce.Forms;
using Enforcement.Modules.IndustryCommerce.Handlers;
using Enforcement.Modules.IndustryCommerce.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.IndustryCommerce;

/// <summary>工商行政管理局 — stations officers at the sub-district (派驻).</summary>
public sealed class IndustryCommerceModule : IDepartmentModule
{
    public const string ModuleKey = "industry-commerce";

    public string Key => ModuleKey;
    public string Name => "工商行政管理局";
    public DepartmentKind Kind => DepartmentKind.Stationed;
    public Version Version => new(1, 0, 0);
    public IReadOnlyList<EnforcementItem> Items => IndustryCommerceItems.All;
    public IReadOnlyList<FormDefinition> Forms => IndustryCommerceForms.All;
    public IReadOnlyList<Type> Handlers => [typeof(TriageHandler), typeof(ResultValidationHandler)];
}
