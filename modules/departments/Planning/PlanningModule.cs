using Enforcement.Modules.Planning.Forms;
using Enforcement.Modules.Planning.Handlers;
using Enforcement.Modules.Planning.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.Planning;

/// <summary>规划和自然资源局 — names a liaison officer (联络).</summary>
public sealed class PlanningModule : IDepartmentModule
{
    public const string ModuleKey = "planning";

    public string Key => ModuleKey;
    public string Name => "规划和自然资源局";
    public DepartmentKind Kind => DepartmentKind.Liaison;
    public Version Version => new(1, 0, 0);
    public IReadOnlyList<EnforcementItem> Items => PlanningItems.All;
    public IReadOnlyList<FormDefinition> Forms => PlanningForms.All;
    public IReadOnlyList<Type> Handlers => [typeof(TriageHandler), typeof(ResultValidationHandler)];
}
