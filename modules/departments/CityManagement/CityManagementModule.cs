using Enforcement.Modules.CityManagement.Forms;
using Enforcement.Modules.CityManagement.Handlers;
using Enforcement.Modules.CityManagement.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.CityManagement;

/// <summary>城市管理局 — stations officers at the sub-district (派驻).</summary>
public sealed class CityManagementModule : IDepartmentModule
{
    public const string ModuleKey = "city-management";

    public string Key => ModuleKey;
    public string Name => "城市管理局";
    public DepartmentKind Kind => DepartmentKind.Stationed;
    public Version Version => new(1, 0, 0);
    public IReadOnlyList<EnforcementItem> Items => CityManagementItems.All;
    public IReadOnlyList<FormDefinition> Forms => CityManagementForms.All;
    public IReadOnlyList<Type> Handlers => [typeof(TriageHandler), typeof(ResultValidationHandler)];
}
