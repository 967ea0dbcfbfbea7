using Enforcement.Modules.WaterAffairs.Forms;
using Enforcement.Modules.WaterAffairs.Handlers;
using Enforcement.Modules.WaterAffairs.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.WaterAffairs;

/// <summary>水务局 — names a liaison officer (联络).</summary>
public sealed class WaterAffairsModule : IDepartmentModule
{
    public const string ModuleKey = "water-affairs";

    public string Key => ModuleKey;
    public string Name => "水务局";
    public DepartmentKind Kind => DepartmentKind.Liaison;
    public Version Version => new(1, 0, 0);
    public IReadOnlyList<EnforcementItem> Items => WaterAffairsItems.All;
    public IReadOnlyList<FormDefinition> Forms => WaterAffairsForms.All;
    public IReadOnlyList<Type> Handlers => [typeof(TriageHandler), typeof(ResultValidationHandler)];
}
