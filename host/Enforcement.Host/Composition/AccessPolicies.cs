using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using Microsoft.AspNetCore.Authorization;

namespace Enforcement.Host.Composition;

/// <summary>
/// The one place that says which roles hold which policy. Modules name policies on their endpoints
/// (<see cref="Policies"/>); the set-up account (<see cref="Roles.Admin"/>) holds every one.
/// </summary>
internal static class AccessPolicies
{
    /// <summary>The Hangfire dashboard: the administrator only.</summary>
    public const string JobsDashboard = "jobs.dashboard";

    public static readonly IReadOnlyDictionary<string, string[]> Holders = new Dictionary<string, string[]>
    {
        [Policies.Intake] = [Roles.Channel, Roles.Dispatcher, Roles.Commander],
        [Policies.ReadCases] = [Roles.Dispatcher, Roles.Officer, Roles.Commander, Roles.Liaison, Roles.Auditor, Roles.DistrictAdmin],
        [Policies.Dispatch] = [Roles.Dispatcher, Roles.Commander],
        [Policies.ActOnCase] = [Roles.Officer, Roles.Commander],
        [Policies.Approve] = [Roles.Commander],
        [Policies.ManageRoster] = [Roles.Commander],
        [Policies.ReadRoster] = [Roles.Dispatcher, Roles.Officer, Roles.Commander, Roles.Auditor],
        [Policies.District] = [Roles.DistrictAdmin],
        [Policies.Audit] = [Roles.Auditor, Roles.Commander],
        [Policies.ManageUsers] = [],
        [JobsDashboard] = [],
    };

    public static IServiceCollection AddAccessPolicies(this IServiceCollection services)
    {
        services.AddAuthorization(o =>
        {
            foreach (var (policy, roles) in Holders)
                o.AddPolicy(policy, p =>
                {
                    p.RequireAuthenticatedUser().RequireRole([Roles.Admin, .. roles]);
                    if (policy == Policies.ActOnCase) p.AddRequirements(new AssignedOfficer());   // an officer acts on their own cases
                });
            // Whatever is not marked otherwise needs a signed-in caller; only the pages' public files are open.
            o.FallbackPolicy = new AuthorizationPolicyBuilder().AddRequirements(new SignedInOrPublicFile()).Build();
        });
        services.AddSingleton<IAuthorizationHandler, SignedInOrPublicFileHandler>();
        services.AddScoped<IAuthorizationHandler, AssignedOfficer.Handler>();
        return services;
    }
}

/// <summary>
/// Static files anyone may fetch without signing in: the public pages (power list, status lookup), the
/// sign-in page, and the pages' styles, scripts and vendored libraries.
/// </summary>
internal static class PublicFiles
{
    private static readonly string[] Folders = ["/public", "/login", "/css", "/js", "/lib"];
    private static readonly string[] Files = ["/login.html", "/favicon.ico"];

    public static bool Contains(PathString path) =>
        Folders.Any(f => path.StartsWithSegments(f, StringComparison.OrdinalIgnoreCase))
        || Files.Contains(path.Value, StringComparer.OrdinalIgnoreCase);
}

internal sealed class SignedInOrPublicFile : IAuthorizationRequirement;

internal sealed class SignedInOrPublicFileHandler : AuthorizationHandler<SignedInOrPublicFile>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SignedInOrPublicFile requirement)
    {
        // Only a request that no endpoint answers can be a static file; an endpoint opens itself with AllowAnonymous.
        var publicFile = context.Resource is HttpContext http && http.GetEndpoint() is null && PublicFiles.Contains(http.Request.Path);
        if (context.User.Identity?.IsAuthenticated == true || publicFile) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
