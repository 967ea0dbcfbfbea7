using Enforcement.Shared.Modules;
using Enforcement.Shared.Primitives;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Enforcement.Web.Departments;

/// <summary>
/// <c>GET /api/workplace/departments</c>: the departments' keys and Chinese names, for the pages' filters
/// and labels. The module list with versions is the district's (<c>/api/modules</c>); anyone who reads
/// cases needs only the names.
/// </summary>
internal static class DepartmentsEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/workplace/departments", (ILoadedModules modules) =>
                Results.Ok(modules.All.Select(m => new DepartmentName(m.Key, m.Name))))
            .RequireAuthorization(Policies.ReadCases)
            .WithTags("工作台").WithSummary("部门名称（供筛选和显示）");
}

public sealed record DepartmentName(string Key, string Name);
