using Enforcement.Modules.Housing.Forms;
using Enforcement.Modules.Housing.Handlers;
using Enforcement.Modules.Housing.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.Housing;

/// <summary>住房和城乡建设局 — names a liaison officer (联络).</summary>
public sealed class HousingModule : IDepartmentModule
{
    public const string ModuleKey = "housing";

    public string Key => ModuleKey;
    public string Name => "住房和城乡建设局";
    public DepartmentKind Kind => DepartmentKind.Liaison;
    public Version Version => new(1, 0, 0);
    public IReadOnlyList<EnforcementItem> Items => HousingItems.All;
    public IReadOnlyList<FormDefinition> Forms => HousingForms.All;
    public IReadOnlyList<Type> Handlers => [typeof(TriageHandler), typeof(ResultValidationHandler)];
}
