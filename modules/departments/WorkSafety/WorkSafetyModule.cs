using Enforcement.Modules.WorkSafety.Forms;
using Enforcement.Modules.WorkSafety.Handlers;
using Enforcement.Modules.WorkSafety.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.WorkSafety;

/// <summary>安全生产监督管理局 — names a liaison officer (联络).</summary>
public sealed class WorkSafetyModule : IDepartmentModule
{
    public const string ModuleKey = "work-safety";

    public string Key => ModuleKey;
    public string Name => "安全生产监督管理局";
    public DepartmentKind Kind => DepartmentKind.Liaison;
    public Version Version => new(1, 0, 0);
    public IReadOnlyList<EnforcementItem> Items => WorkSafetyItems.All;
    public IReadOnlyList<FormDefinition> Forms => WorkSafetyForms.All;
    public IReadOnlyList<Type> Handlers => [typeof(TriageHandler), typeof(ResultValidationHandler)];
}
