using Enforcement.Modules.PublicSecurity.Forms;
using Enforcement.Modules.PublicSecurity.Handlers;
using Enforcement.Modules.PublicSecurity.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.PublicSecurity;

/// <summary>公安分局（辖区派出所） — names a liaison officer (联络).</summary>
public sealed class PublicSecurityModule : IDepartmentModule
{
    public const string ModuleKey = "public-security";

    public string Key => ModuleKey;
    public string Name => "公安分局（辖区派出所）";
    public DepartmentKind Kind => DepartmentKind.Liaison;
    public Version Version => new(1, 0, 0);
    public IReadOnlyList<EnforcementItem> Items => PublicSecurityItems.All;
    public IReadOnlyList<FormDefinition> Forms => PublicSecurityForms.All;
    public IReadOnlyList<Type> Handlers => [typeof(TriageHandler), typeof(ResultValidationHandler)];
}
