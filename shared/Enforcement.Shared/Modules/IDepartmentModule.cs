using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;

namespace Enforcement.Shared.Modules;

/// <summary>
/// 部门模块 — one partner department's plugin. The host finds exactly one implementation in each
/// plugin assembly that plugins.json enables, and registers the handlers the module declares.
/// </summary>
public interface IDepartmentModule
{
    /// <summary>System name, e.g. <c>city-management</c>; must equal the plugins.json entry name.</summary>
    string Key { get; }

    /// <summary>Chinese name shown to users, e.g. 城市管理局.</summary>
    string Name { get; }

    DepartmentKind Kind { get; }

    Version Version { get; }

    IReadOnlyList<EnforcementItem> Items { get; }

    IReadOnlyList<FormDefinition> Forms { get; }

    /// <summary>The MediatR handler types this module contributes to the shared bus.</summary>
    IReadOnlyList<Type> Handlers { get; }

    /// <summary>One-time steps for updates from older versions; none by default.</summary>
    IReadOnlyList<IModuleUpdate> Updates => [];
}
