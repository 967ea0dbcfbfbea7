using Enforcement.Modules.FireRescue.Forms;
using Enforcement.Modules.FireRescue.Handlers;
using Enforcement.Modules.FireRescue.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.FireRescue;

/// <summary>消防救援大队 — names a liaison officer (联络).</summary>
public sealed class FireRescueModule : IDepartmentModule
{
    public const string ModuleKey = "fire-rescue";

    public string Key => ModuleKey;
    public string Name => "消防救援大队";
    public DepartmentKind Kind => DepartmentKind.Liaison;
    public Version Version => new(1, 0, 0);
    public IReadOnlyList<EnforcementItem> Items => FireRescueItems.All;
    public IReadOnlyList<FormDefinition> Forms => FireRescueForms.All;
    public IReadOnlyList<Type> Handlers => [typeof(TriageHandler), typeof(ResultValidationHandler)];
}
