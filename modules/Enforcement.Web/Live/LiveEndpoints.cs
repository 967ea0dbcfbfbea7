using Enforcement.Shared.Primitives;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Enforcement.Web.Live;

internal static class LiveEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // Those who may read cases may hear that they changed; the hints carry only kinds and ids.
        app.MapHub<LiveHub>(LiveHub.Path).RequireAuthorization(Policies.ReadCases);
    }
}
