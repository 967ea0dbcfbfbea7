using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Primitives;

namespace Enforcement.Shared.Infrastructure.Web;

/// <summary>
/// What part of the brigade's work a caller may read. A department liaison (部门联络员) sees only its own
/// department's joint cases (联合执法), unless it also holds a role that reads every case.
/// </summary>
public static class CaseVisibility
{
    private static readonly string[] ReadEveryCase =
        [Roles.Admin, Roles.Dispatcher, Roles.Officer, Roles.Commander, Roles.Auditor, Roles.DistrictAdmin];

    /// <summary>The department the caller is confined to, or null when it may read every case.</summary>
    public static string? ConfinedToDepartment(ICurrentActor actor) =>
        actor.IsInRole(Roles.Liaison) && !ReadEveryCase.Any(actor.IsInRole)
            ? actor.Department ?? ""      // a liaison without a department sees nothing
            : null;

    /// <summary>Whether a caller confined to <paramref name="department"/> may see a case of this department and mode.</summary>
    public static bool Shows(string? department, string caseDepartment, string caseDelegationMode) =>
        department is null || (caseDepartment == department && caseDelegationMode == DelegationMode.Joint.Code());
}
