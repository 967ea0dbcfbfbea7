using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Shared.Infrastructure.Web;

/// <summary>
/// What part of the brigade's work a caller may read. A department liaison (部门联络员) sees only its own
/// department's joint cases (联合执法), unless it also holds a role that reads every case. A case the
/// caller may not see answers as if it did not exist (404), so its id reveals nothing.
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

    /// <summary>Whether the caller may read this case; asks the cases module over the bus only for a confined caller.</summary>
    public static async Task<bool> ShowsCaseAsync(ICurrentActor actor, IMediator mediator, Guid caseId, CancellationToken ct)
    {
        if (ConfinedToDepartment(actor) is not { } own) return true;
        var header = await mediator.Send(new GetCaseHeader(caseId), ct);
        return header is not null && Shows(own, header.Department, header.DelegationMode);
    }

    /// <summary>The answer for a case that does not exist or that the caller may not see.</summary>
    public static IResult NotFound(Guid caseId) =>
        Results.Problem(detail: $"案件 {caseId} 不存在", statusCode: StatusCodes.Status404NotFound, title: "未找到");

    /// <summary>
    /// Confines the endpoints to cases the caller may read: the case id is the route value
    /// <paramref name="routeKey"/>; anything else answers 404 before the handler runs.
    /// </summary>
    public static TBuilder VisibleCasesOnly<TBuilder>(this TBuilder builder, string routeKey = "id")
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (RouteCaseId(http, routeKey) is not { } caseId) return await next(context);
            var services = http.RequestServices;
            return await ShowsCaseAsync(services.GetRequiredService<ICurrentActor>(), services.GetRequiredService<IMediator>(), caseId, http.RequestAborted)
                ? await next(context)
                : NotFound(caseId);
        });

    /// <summary>The case id in the route value <paramref name="routeKey"/>, if there is one.</summary>
    public static Guid? RouteCaseId(HttpContext http, string routeKey) =>
        Guid.TryParse(http.Request.RouteValues[routeKey]?.ToString(), out var id) ? id : null;
}
