using Enforcement.Modules.HumanResources.Forms;
using Enforcement.Modules.HumanResources.Handlers;
using Enforcement.Modules.HumanResources.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.HumanResources;

/// <summary>人力资源和社会保障局 — names a liaison officer (联络).</summary>
public sealed class HumanResourcesModule : IDepartmentModule
{
    public const string ModuleKey = "human-resources";

    public string Key => ModuleKey;
    public string Name => "人力资源和社会保障局";
    public DepartmentKind Kind => DepartmentKind.Liaison;
    public Version Version => new(1, 0, 0);
    public IReadOnlyList<EnforcementItem> Items => HumanResourcesItems.All;
    public IReadOnlyList<FormDefinition> Forms => HumanResourcesForms.All;
    public IReadOnlyList<Type> Handlers => [typeof(TriageHandler), typeof(ResultValidationHandler)];
}
