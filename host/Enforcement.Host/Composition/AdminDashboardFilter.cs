using Enforcement.Shared.Primitives;
using Hangfire.Dashboard;

namespace Enforcement.Host.Composition;

/// <summary>The Hangfire dashboard shows and triggers every job: the administrator only.</summary>
internal sealed class AdminDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
}
