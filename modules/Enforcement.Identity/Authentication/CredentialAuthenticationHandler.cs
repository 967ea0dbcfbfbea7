using System.Text.Encodings.Web;
using Enforcement.Shared.Infrastructure.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enforcement.Identity.Authentication;

/// <summary>
/// The one authentication scheme: a bearer token, a channel API key or the sign-in cookie, whichever
/// the request carries (see <see cref="PresentedCredential"/>). A credential that is presented but not
/// valid fails; none at all leaves the caller anonymous for the authorization policies to judge.
/// </summary>
internal sealed class CredentialAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "enforcement";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = await PresentedCredential.ReadAsync(Request, Context.RequestAborted);
        if (presented is null) return AuthenticateResult.NoResult();

        var check = Context.RequestServices.GetRequiredService<CredentialCheck>();
        var principal = presented.Via == ActorClaims.Via.ApiKey
            ? await check.ChannelKeyAsync(presented.Secret, Context.RequestAborted)
            : await check.SessionAsync(presented.Secret, presented.Via, Context.RequestAborted);
        if (principal is not null) return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));

        return AuthenticateResult.Fail(presented.Via switch
        {
            ActorClaims.Via.ApiKey => "接口密钥无效或已吊销",
            ActorClaims.Via.Cookie => "登录已过期或已退出",
            _ => "令牌无效、已过期或已注销",
        });
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        if (Request.Cookies.ContainsKey(SessionCookie.Name) && !result.Succeeded) SessionCookie.Clear(Context);
        await Refusal.UnauthenticatedAsync(Context, result.Failure?.Message);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => Refusal.ForbiddenAsync(Context);
}
