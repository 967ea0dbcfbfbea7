using Enforcement.Shared.Primitives;
using Microsoft.AspNetCore.Http;

namespace Enforcement.Shared.Infrastructure.Web;

/// <summary>
/// A channel integration (signed in with its API key) may deliver and read back work orders of its own
/// channel only; people with the intake role may act for any channel.
/// </summary>
public static class ChannelGuard
{
    public static bool Allows(ICurrentActor actor, string? channel) =>
        actor.Channel is null || actor.Channel == channel;

    public static IResult Refuse(ICurrentActor actor, string? channel) =>
        Results.Problem(detail: $"此接口密钥只能用于渠道“{Describe(actor.Channel)}”，不能代“{Describe(channel)}”提交或查询工单",
            statusCode: StatusCodes.Status403Forbidden, title: "无权操作");

    private static string Describe(string? channel) =>
        channel is not null && Channels.Names.TryGetValue(channel, out var name) ? name : channel ?? "（未注明）";
}
