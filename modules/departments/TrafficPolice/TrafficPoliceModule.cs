using Enforcement.Modules.TrafficPolice.Forms;
using Enforcement.Modules.TrafficPolice.Handlers;
using Enforcement.Modules.TrafficPolice.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.TrafficPolice;

/// <summary>公安交通警察大队 — stations officers at the sub-district (派驻).</summary>
public sealed class TrafficPoliceModule : IDepartmentModule
{
    public const string ModuleKey = "traffic-police";

    public string Key => ModuleKey;
    public string Name => "公安交通警察大队";
    public DepartmentKind Kind => DepartmentKind.Stationed;
    public Version Version => new(1, 0, 0);
    public IReadOnlyList<EnforcementItem> Items => TrafficPoliceItems.All;
    public IReadOnlyList<FormDefinition> Forms => TrafficPoliceForms.All;
    public IReadOnlyList<Type> Handlers => [typeof(TriageHandler), typeof(ResultValidationHandler)];
}
