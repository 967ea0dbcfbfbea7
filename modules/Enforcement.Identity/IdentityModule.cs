using Enforcement.Identity.Authentication;
using Enforcement.Identity.ChannelKeys;
using Enforcement.Identity.FirstStart;
using Enforcement.Identity.Persistence;
using Enforcement.Identity.SignIn;
using Enforcement.Identity.Users;
using Enforcement.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Identity;

/// <summary>
/// 账户与登录 — users and roles, password sign-in with lockout, bearer tokens, the pages' sign-in
/// cookie, and the channels' API keys. Which role may do what is the host's policy map, not this module's.
/// </summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IdentityDbContext>(IdentityDbContext.Prefix);
        services.AddSingleton(configuration.GetSection("Enforcement:Identity").Get<SignInOptions>() ?? new SignInOptions());
        services.AddAuthentication(CredentialAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, CredentialAuthenticationHandler>(CredentialAuthenticationHandler.SchemeName, null);
        return services;
    }

    public static Task MigrateIdentityModuleAsync(this IServiceProvider services, CancellationToken ct = default) =>
        services.MigrateModuleAsync<IdentityDbContext>(ct);

    /// <summary>Creates the set-up account on an empty store; a generated password goes to <paramref name="console"/> once.</summary>
    public static Task EnsureFirstAdminAsync(this IServiceProvider services, TextWriter console, CancellationToken ct = default) =>
        FirstAdmin.EnsureAsync(services, console, ct);

    /// <summary>Authentication, then the cookie's anti-forgery rule; call before <c>UseAuthorization</c>.</summary>
    public static IApplicationBuilder UseIdentityModule(this IApplicationBuilder app) =>
        app.UseAuthentication().UseMiddleware<CookieRequestGuard>();

    public static IEndpointRouteBuilder MapIdentityModule(this IEndpointRouteBuilder app)
    {
        AuthEndpoints.Map(app);
        UserEndpoints.Map(app);
        ChannelKeyEndpoints.Map(app);
        return app;
    }
}
