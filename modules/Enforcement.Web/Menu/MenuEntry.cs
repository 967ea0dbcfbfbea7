using Enforcement.Shared.Primitives;

namespace Enforcement.Web.Menu;

/// <summary>A page in the header navigation, and the policy a caller needs to use it (null: public).</summary>
internal sealed record MenuEntry(string Href, string Label, string? Policy)
{
    /// <summary>The header's pages in order. A page appears only to callers its API would serve.</summary>
    public static readonly IReadOnlyList<MenuEntry> All =
    [
        new("/", "统一收件箱", Policies.ReadCases),
        new("/command", "指挥室", Policies.ReadRoster),
        new("/roster", "执法人员", Policies.ReadRoster),
        new("/district", "区级配置", Policies.District),
        new("/admin/accounts", "账户与密钥", Policies.ManageUsers),
        new("/public/power-list", "权力清单", null),
        new("/public/status", "投诉进度查询", null),
    ];
}
