using System.Security.Claims;
using Enforcement.Shared.Primitives;
using Microsoft.AspNetCore.Http;

namespace Enforcement.Shared.Infrastructure.Web;

/// <summary>
/// Who acts: the authenticated principal of the request (a user, or a channel's API key). Outside a
/// request — a job, start-up — it is <c>system</c>.
/// </summary>
public sealed class PrincipalActor(IHttpContextAccessor http) : ICurrentActor
{
    private ClaimsPrincipal? User => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string Name => User?.Identity?.Name ?? (http.HttpContext is null ? "system" : "anonymous");

    public IReadOnlyCollection<string> Roles =>
        User?.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct().ToList() ?? [];

    public string? Department => User?.FindFirst(ActorClaims.Department)?.Value;

    public string? Channel => User?.FindFirst(ActorClaims.Channel)?.Value;

    public bool IsInRole(string role) => User?.IsInRole(role) ?? false;
}
