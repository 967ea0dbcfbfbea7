using Enforcement.Modules.DrugAdministration.Forms;
using Enforcement.Modules.DrugAdministration.Handlers;
using Enforcement.Modules.DrugAdministration.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.DrugAdministration;

/// <summary>食品药品监督管理局 — stations officers at the sub-district (派驻).</summary>
public sealed class DrugAdministrationModule : IDepartmentModule
{
    public const string ModuleKey = "drug-administration";

    public string Key => ModuleKey;
    public string Name => "食品药品监督管理局";
    public DepartmentKind Kind => DepartmentKind.Stationed;
    public Version Version => new(1, 0, 0);
    public IReadOnlyList<EnforcementItem> Items => DrugAdministrationItems.All;
    public IReadOnlyList<FormDefinition> Forms => DrugAdministrationForms.All;
    public IReadOnlyList<Type> Handlers => [typeof(TriageHandler), typeof(ResultValidationHandler)];
}
