using Enforcement.Modules.Education.Forms;
using Enforcement.Modules.Education.Handlers;
using Enforcement.Modules.Education.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.Education;

/// <summary>教育局 — names a liaison officer (联络).</summary>
public sealed class EducationModule : IDepartmentModule
{
    public const string ModuleKey = "education";

    public string Key => ModuleKey;
    public string Name => "教育局";
    public DepartmentKind Kind => DepartmentKind.Liaison;
    public Version Version => new(1, 0, 0);
    public IReadOnlyList<EnforcementItem> Items => EducationItems.All;
    public IReadOnlyList<FormDefinition> Forms => EducationForms.All;
    public IReadOnlyList<Type> Handlers => [typeof(TriageHandler), typeof(ResultValidationHandler)];
}
