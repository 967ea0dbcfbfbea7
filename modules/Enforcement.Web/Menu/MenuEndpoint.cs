using Enforcement.Shared.Infrastructure.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Menu;

/// <summary>
/// <c>GET /api/workplace/menu</c>: who the caller is and the header's pages they may use, judged by the
/// host's own policies, so the header never offers a page whose API would refuse the caller.
/// </summary>
internal static class MenuEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/workplace/menu", async (HttpContext http, IAuthorizationService auth, IAuthorizationPolicyProvider policies) =>
            {
                var visible = await MenuFilter.VisibleAsync(MenuEntry.All, async name =>
                    await policies.GetPolicyAsync(name) is null ? null : (await auth.AuthorizeAsync(http.User, name)).Succeeded);
                var schemes = http.RequestServices.GetService<IAuthenticationSchemeProvider>();
                var signInRequired = schemes is not null && await schemes.GetDefaultAuthenticateSchemeAsync() is not null;
                var signedIn = http.User.Identity?.IsAuthenticated == true;
                return Results.Ok(new MenuView(signInRequired, signedIn,
                    signedIn ? new MenuUser(http.User.Identity!.Name ?? "", http.User.FindFirst(ActorClaims.DisplayName)?.Value) : null,
                    visible.Select(e => new MenuLink(e.Href, e.Label)).ToList()));
            })
            .AllowAnonymous()
            .WithTags("工作台").WithSummary("当前用户及其可使用的页面（页头导航）");
}

public sealed record MenuView(bool SignInRequired, bool SignedIn, MenuUser? User, IReadOnlyList<MenuLink> Entries);
public sealed record MenuUser(string Name, string? DisplayName);
public sealed record MenuLink(string Href, string Label);
