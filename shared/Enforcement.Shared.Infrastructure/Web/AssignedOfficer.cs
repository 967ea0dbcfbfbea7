using System.Security.Claims;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Messages.Workforce;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Enforcement.Shared.Infrastructure.Web;

/// <summary>
/// An officer acts on the cases they were sent to or named on, not on any case: each step is then
/// answerable to the officers the record names (行政处罚法 第42条: the officers who carry it out). The
/// commander, who directs every case, and the set-up account are not confined.
/// </summary>
public sealed class AssignedOfficer : IAuthorizationRequirement
{
    private static readonly string[] Unconfined = [Roles.Admin, Roles.Commander];
    private const string ReasonKey = "enforcement.forbidden-reason";

    /// <summary>The resource to judge a case by when there is no request for it (e.g. marking a list's actions).</summary>
    public sealed record CaseRef(Guid Id);

    /// <summary>Why the request was refused, when a rule said more than "the role may not" (shown in the 403).</summary>
    public static string? ReasonFor(HttpContext http) => http.Items[ReasonKey] as string;

    /// <summary>Scoped: one request asks about the same case for several actions, so headers are kept for it.</summary>
    public sealed class Handler(IMediator mediator) : AuthorizationHandler<AssignedOfficer>
    {
        private readonly Dictionary<Guid, CaseHeader?> _headers = [];
        private Task<string?>? _badge;

        protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AssignedOfficer requirement)
        {
            var user = context.User;
            var http = context.Resource as HttpContext;
            var caseId = context.Resource switch { CaseRef r => r.Id, HttpContext h => CaseIdOf(h), _ => null };
            if (!user.IsInRole(Roles.Officer) || Unconfined.Any(user.IsInRole) || caseId is null)
            {
                context.Succeed(requirement);
                return;
            }
            if (!_headers.TryGetValue(caseId.Value, out var header))
                _headers[caseId.Value] = header = await mediator.Send(new GetCaseHeader(caseId.Value), http?.RequestAborted ?? default);
            var badge = await (_badge ??= BadgeOfAsync(user, http?.RequestAborted ?? default));
            // An unknown case is left to the endpoint, which answers 404.
            if (header is null || (badge is not null && header.Officers.Contains(badge, StringComparer.OrdinalIgnoreCase)))
            {
                context.Succeed(requirement);
                return;
            }
            var reason = badge is null
                ? "您的账户未关联执法证号，不能办理案件；请系统管理员在账户中填写执法证号，或在执法人员名册中登记您的登录名。"
                : $"您（执法证号 {badge}）不是案件 {header.Number} 派遣或承办的执法人员，不能办理此案件。";
            if (http is not null) http.Items[ReasonKey] = reason;
            context.Fail(new AuthorizationFailureReason(this, reason));
        }

        /// <summary>The account's own badge, else the roster officer linked to this sign-in name; asked once per request.</summary>
        private async Task<string?> BadgeOfAsync(ClaimsPrincipal user, CancellationToken ct) =>
            user.FindFirstValue(ActorClaims.Badge)
            ?? (user.Identity?.Name is { } name ? await mediator.Send(new GetOfficerBadge(name), ct) : null);

        private static Guid? CaseIdOf(HttpContext http) =>
            http.Request.Path.StartsWithSegments("/api/cases")
                ? CaseVisibility.RouteCaseId(http, "caseId") ?? CaseVisibility.RouteCaseId(http, "id")
                : null;
    }
}
