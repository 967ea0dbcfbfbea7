using Enforcement.Shared.Primitives;

namespace Enforcement.Identity.Users;

/// <summary>
/// Which roles a user may hold: at least one of the people's roles (the channel role belongs to API
/// keys only). A liaison names its department, a loaded module's key; no other role has one.
/// </summary>
internal static class RoleRule
{
    public static readonly IReadOnlyList<string> UserRoles = Roles.All.Where(r => r != Roles.Channel).ToList();

    /// <summary>Field → Chinese reasons; empty when the roles and department fit together.</summary>
    public static Dictionary<string, string[]> Check(IReadOnlyCollection<string>? roles, string? department, IReadOnlyCollection<string> departments)
    {
        var errors = new Dictionary<string, string[]>();
        if (roles is null || roles.Count == 0)
        {
            errors["roles"] = [$"须至少指定一个角色：{string.Join("、", UserRoles)}"];
            return errors;
        }
        var unknown = roles.Where(r => !UserRoles.Contains(r)).ToList();
        if (unknown.Count > 0) errors["roles"] = [$"未知或不可分配的角色：{string.Join("、", unknown)}（可选：{string.Join("、", UserRoles)}）"];

        var isLiaison = roles.Contains(Roles.Liaison);
        if (isLiaison && string.IsNullOrWhiteSpace(department))
            errors["department"] = ["部门联络员须注明所属部门（department，部门模块代码）"];
        else if (isLiaison && !departments.Contains(department!.Trim()))
            errors["department"] = [$"未知部门 {department}（可选：{string.Join("、", departments)}）"];
        else if (!isLiaison && !string.IsNullOrWhiteSpace(department))
            errors["department"] = ["只有部门联络员（liaison）注明所属部门"];
        return errors;
    }
}
