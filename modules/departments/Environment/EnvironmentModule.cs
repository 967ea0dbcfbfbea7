using Enforcement.Modules.Environment.Forms;
using Enforcement.Modules.Environment.Handlers;
using Enforcement.Modules.Environment.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.Environment;

/// <summary>生态环境局 — stations officers at the sub-district (派驻).</summary>
public sealed class EnvironmentModule : IDepartmentModule
{
    public const string ModuleKey = "environment";

    public string Key => ModuleKey;
    public string Name => "生态环境局";
    public DepartmentKind Kind => DepartmentKind.Stationed;
    public Version Version => new(1, 0, 0);
    public IReadOnlyList<EnforcementItem> Items => EnvironmentItems.All;
    public IReadOnlyList<FormDefinition> Forms => EnvironmentForms.All;
    public IReadOnlyList<Type> Handlers => [typeof(TriageHandler), typeof(ResultValidationHandler)];
}
