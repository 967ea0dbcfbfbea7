using Enforcement.Shared.Primitives;
using Microsoft.AspNetCore.Http;

namespace Enforcement.Shared.Infrastructure.Web;

/// <summary>
/// Who acts, for the record. Until sign-in exists (the web-workplace issue replaces this with the
/// authenticated user), callers name themselves in the <c>X-Actor</c> header; jobs run as system.
/// </summary>
public sealed class HeaderActor(IHttpContextAccessor http) : ICurrentActor
{
    public const string Header = "X-Actor";

    public string Name
    {
        get
        {
            var context = http.HttpContext;
            if (context is null) return "system";
            var named = context.Request.Headers[Header].ToString().Trim();
            return named.Length is > 0 and <= 64 ? named : "anonymous";
        }
    }
}
