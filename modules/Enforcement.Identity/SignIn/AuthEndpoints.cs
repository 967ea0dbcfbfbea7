using System.Globalization;
using System.Security.Claims;
using Enforcement.Identity.Authentication;
using Enforcement.Identity.Tokens;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Enforcement.Identity.SignIn;

/// <summary>Sign-in for the API (bearer token) and for the pages (cookie), sign-out, and who am I.</summary>
internal static class AuthEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("登录");
        auth.MapPost("/token", Token).AllowAnonymous()
            .WithSummary("以用户名和密码换取访问令牌（Authorization: Bearer <token>），默认 8 小时有效");
        auth.MapPost("/login", Login).AllowAnonymous()
            .WithSummary("网页登录：设置 HttpOnly、SameSite=Strict 的登录 Cookie；写操作须带请求头 X-Requested-With: fetch");
        auth.MapPost("/logout", Logout).AllowAnonymous().WithSummary("退出登录：注销当前令牌或登录 Cookie");
        auth.MapGet("/me", Me).WithSummary("当前登录账户：用户名、姓名、角色、部门、执法证号");
        auth.MapPost("/password", ChangePassword).WithSummary("修改自己的密码（须给出当前密码）；本账户的其他会话随之失效");
    }

    private static async Task<IResult> Token(Credentials body, IMediator mediator, CancellationToken ct)
    {
        var outcome = await mediator.Send(new SignIn(body.Username, body.Password, TokenIssuer.Bearer), ct);
        if (outcome.Status != SignInStatus.SignedIn) return Refused(outcome);
        return Results.Ok(new { token = outcome.Token!.Token, expiresAt = outcome.Token.ExpiresAt, username = outcome.User!.Username, roles = outcome.User.Roles });
    }

    private static async Task<IResult> Login(Credentials body, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var outcome = await mediator.Send(new SignIn(body.Username, body.Password, TokenIssuer.Cookie), ct);
        if (outcome.Status != SignInStatus.SignedIn) return Refused(outcome);
        SessionCookie.Set(http, outcome.Token!.Token);
        var u = outcome.User!;
        return Results.Ok(new { username = u.Username, displayName = u.DisplayName, roles = u.Roles, department = u.Department, badge = u.Badge, expiresAt = outcome.Token.ExpiresAt });
    }

    private static async Task<IResult> Logout(HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var user = http.User;
        var via = user.Identity?.AuthenticationType;
        if (user.Identity?.IsAuthenticated == true && via is ActorClaims.Via.Bearer or ActorClaims.Via.Cookie
            && Guid.TryParse(user.FindFirstValue(ActorClaims.CredentialId), out var tokenId))
            await mediator.Send(new SignOut(tokenId, user.Identity.Name!), ct);
        SessionCookie.Clear(http);
        return Results.NoContent();
    }

    private static async Task<IResult> ChangePassword(OwnPasswordBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct)
    {
        if (user.Identity?.AuthenticationType == ActorClaims.Via.ApiKey)
            return Results.Problem(detail: "接口密钥没有密码可改；请由系统管理员吊销后重新签发。", statusCode: StatusCodes.Status403Forbidden, title: "无权访问");
        Guid? session = Guid.TryParse(user.FindFirstValue(ActorClaims.CredentialId), out var id) ? id : null;
        var outcome = await mediator.Send(new ChangeOwnPassword(user.Identity!.Name!, body.CurrentPassword, body.NewPassword, session), ct);
        return outcome.Status switch
        {
            OwnPasswordStatus.Changed => Results.Ok(new { username = user.Identity.Name, changed = true }),
            OwnPasswordStatus.Locked => Locked(outcome.LockedUntil!.Value),
            OwnPasswordStatus.WrongPassword => Invalid("currentPassword", outcome.Reason!),
            _ => Invalid("newPassword", outcome.Reason!),
        };
    }

    private static IResult Invalid(string field, string reason) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] }, detail: reason, statusCode: 422, title: "提交的数据未通过校验");

    private static IResult Me(ClaimsPrincipal user) => Results.Ok(new
    {
        username = user.Identity!.Name,
        displayName = user.FindFirstValue(ActorClaims.DisplayName),
        roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
        department = user.FindFirstValue(ActorClaims.Department),
        badge = user.FindFirstValue(ActorClaims.Badge),
        channel = user.FindFirstValue(ActorClaims.Channel),
    });

    /// <summary>Unknown user and wrong password get the same words, so the answer does not tell which names exist.</summary>
    private static IResult Refused(SignInOutcome outcome) => outcome.Status switch
    {
        SignInStatus.Locked => Locked(outcome.LockedUntil!.Value),
        SignInStatus.Inactive => Results.Problem(detail: "账户已停用，请联系系统管理员。", statusCode: StatusCodes.Status401Unauthorized, title: "登录失败"),
        _ => Results.Problem(detail: "用户名或密码错误。", statusCode: StatusCodes.Status401Unauthorized, title: "登录失败"),
    };

    private static IResult Locked(DateTimeOffset until) => Results.Problem(
        detail: $"账户因连续输错密码已被锁定，请于 {China(until)}（北京时间）后再试，或请系统管理员解锁。",
        statusCode: StatusCodes.Status423Locked, title: "账户已锁定",
        extensions: new Dictionary<string, object?> { ["lockedUntil"] = until });

    private static string China(DateTimeOffset at) => at.ToOffset(LocalDay.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

public sealed record Credentials(string? Username, string? Password);

public sealed record OwnPasswordBody(string? CurrentPassword, string? NewPassword);
