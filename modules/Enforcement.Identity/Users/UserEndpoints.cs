using Enforcement.Identity.Persistence;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Identity.Users;

/// <summary>Account management for the administrator.</summary>
internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("账户管理").RequireAuthorization(Policies.ManageUsers);
        users.MapGet("/", async (IdentityDbContext db, CancellationToken ct) =>
                Results.Ok((await db.Users.AsNoTracking().OrderBy(u => u.Username).ToListAsync(ct)).Select(UserView.Of)))
            .WithSummary("全部账户（不含密码）");
        users.MapPost("/", async (CreateUser body, IMediator m, CancellationToken ct) =>
                (await m.Send(body, ct)).ToHttp(u => Results.Created($"/api/users/{u.Username}", u)))
            .WithSummary("新建账户：用户名、姓名、密码（至少 10 位）、角色；联络员须注明部门");
        users.MapPost("/{username}/password", async (string username, PasswordBody body, IMediator m, CancellationToken ct) =>
                (await m.Send(new ChangePassword(username, body.Password), ct)).ToHttp(Results.Ok))
            .WithSummary("重设密码（该账户已登录的会话随之失效）");
        users.MapPost("/{username}/unlock", async (string username, IMediator m, CancellationToken ct) =>
                (await m.Send(new UnlockUser(username), ct)).ToHttp(Results.Ok))
            .WithSummary("解除因连续输错密码而起的锁定");
        users.MapPost("/{username}/deactivate", async (string username, IMediator m, CancellationToken ct) =>
                (await m.Send(new DeactivateUser(username), ct)).ToHttp(Results.Ok))
            .WithSummary("停用账户（不再能登录，已登录的会话失效；账户保留以便记录可查）");
    }
}

public sealed record PasswordBody(string? Password);
