using Enforcement.Modules.Culture.Forms;
using Enforcement.Modules.Culture.Handlers;
using Enforcement.Modules.Culture.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.Culture;

/// <summary>文化广电新闻出版局 — names a liaison officer (联络).</summary>
public sealed class CultureModule : IDepartmentModule
{
    public const string ModuleKey = "culture";

    public string Key => ModuleKey;
    public string Name => "文化广电新闻出版局";
    public DepartmentKind Kind => DepartmentKind.Liaison;
    public Version Version => new(1, 0, 0);
    public IReadOnlyList<EnforcementItem> Items => CultureItems.All;
    public IReadOnlyList<FormDefinition> Forms => CultureForms.All;
    public IReadOnlyList<Type> Handlers => [typeof(TriageHandler), typeof(ResultValidationHandler)];
}
