using Enforcement.Identity.Persistence;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Identity.ChannelKeys;

/// <summary>The administrator issues, lists and revokes the channels' API keys.</summary>
internal static class ChannelKeyEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/channel-keys").WithTags("渠道接口密钥").RequireAuthorization(Policies.ManageUsers);
        keys.MapPost("/", async (IssueChannelKey body, IMediator m, CancellationToken ct) =>
                (await m.Send(body, ct)).ToHttp(k => Results.Created($"/api/channel-keys/{k.Key.Id}",
                    new { k.Key.Id, k.Key.Channel, k.Key.ChannelName, k.Key.Name, k.Key.Hint, k.Key.IssuedAt, key = k.Secret })))
            .WithSummary("为一个渠道签发接口密钥（X-Api-Key）；密钥只在此次答复中显示");
        keys.MapGet("/", async (IdentityDbContext db, CancellationToken ct) =>
                Results.Ok((await db.ChannelKeys.AsNoTracking().OrderBy(k => k.IssuedAt).ToListAsync(ct)).Select(ChannelKeyView.Of)))
            .WithSummary("全部接口密钥（不含密钥本身）");
        keys.MapPost("/{id:guid}/revoke", async (Guid id, IMediator m, CancellationToken ct) =>
                (await m.Send(new RevokeChannelKey(id), ct)).ToHttp(Results.Ok))
            .WithSummary("吊销接口密钥");
    }
}
