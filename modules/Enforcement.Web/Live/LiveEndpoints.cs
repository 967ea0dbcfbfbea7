using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Enforcement.Web.Live;

internal static class LiveEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // policy: Policies.ReadCases
        app.MapHub<LiveHub>(LiveHub.Path);
    }
}
