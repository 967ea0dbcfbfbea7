using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Enforcement.Shared.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Cases.Cases;

/// <summary>
/// Marks each action a case allows with whether the caller may take it. The judge is the authorization
/// policy on the action's own endpoint (<c>POST /api/cases/{id}/{action}</c>), read from the routing
/// table, so the answer cannot drift from what the endpoint would say; the page then offers only those.
/// </summary>
internal static class PermittedActions
{
    private const string ActionRoutePrefix = "/api/cases/{id:guid}/";

    /// <summary>Rewrites a case (or list of cases) answered by these endpoints with the caller's permissions.</summary>
    public static TBuilder MarkPermittedActions<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (result is not IValueHttpResult { Value: { } value } || result is not IStatusCodeHttpResult { StatusCode: 200 })
                return result;
            var judge = new Judge(context.HttpContext);
            return value switch
            {
                CaseView one => Results.Ok(await judge.MarkAsync(one)),
                IEnumerable<CaseView> many => Results.Ok(await judge.MarkAllAsync(many)),
                _ => result,
            };
        });

    // The combined policy (group and endpoint) of each action, built once per host from its routing table.
    private static readonly ConditionalWeakTable<EndpointDataSource, ConcurrentDictionary<string, Task<AuthorizationPolicy?>>> PolicyCache = new();

    private sealed class Judge(HttpContext http)
    {
        private readonly Dictionary<string, bool> _decided = [];

        public async Task<CaseView> MarkAsync(CaseView view)
        {
            var marked = new List<CaseActionView>(view.Actions.Count);
            foreach (var action in view.Actions) marked.Add(action with { Permitted = await MayAsync(view.Id, action.Code) });
            return view with { Actions = marked };
        }

        public async Task<List<CaseView>> MarkAllAsync(IEnumerable<CaseView> views)
        {
            var marked = new List<CaseView>();
            foreach (var view in views) marked.Add(await MarkAsync(view));
            return marked;
        }

        private async Task<bool> MayAsync(Guid caseId, string code)
        {
            // Keyed by case too: an officer may take a step on their own case and not on another.
            var key = $"{caseId}/{code}";
            if (_decided.TryGetValue(key, out var known)) return known;
            var routes = http.RequestServices.GetRequiredService<EndpointDataSource>();
            var policy = await PolicyCache.GetOrCreateValue(routes).GetOrAdd(code, c => PolicyOf(routes, c));
            // An action without an endpoint cannot be taken through the API at all.
            var may = policy is not null
                && (await http.RequestServices.GetRequiredService<IAuthorizationService>()
                    .AuthorizeAsync(http.User, new AssignedOfficer.CaseRef(caseId), policy)).Succeeded;
            return _decided[key] = may;
        }

        private Task<AuthorizationPolicy?> PolicyOf(EndpointDataSource routes, string code)
        {
            var endpoint = routes.Endpoints.OfType<RouteEndpoint>()
                .FirstOrDefault(e => e.RoutePattern.RawText == ActionRoutePrefix + code
                    && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Post) == true);
            return endpoint is null
                ? Task.FromResult<AuthorizationPolicy?>(null)
                : AuthorizationPolicy.CombineAsync(http.RequestServices.GetRequiredService<IAuthorizationPolicyProvider>(),
                    endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
        }
    }
}
