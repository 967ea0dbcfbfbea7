using Enforcement.Shared.Infrastructure.Web;
using Microsoft.AspNetCore.Http;

namespace Enforcement.Identity.Authentication;

/// <summary>
/// The credential a request carries, in this order: <c>Authorization: Bearer</c>, a channel's
/// <c>X-Api-Key</c> (or GeoReport's <c>api_key</c> form field on an Open311 POST), the sign-in cookie.
/// </summary>
internal sealed record PresentedCredential(string Via, string Secret)
{
    public const string ApiKeyHeader = "X-Api-Key";
    /// <summary>GeoReport v2 passes the key as a form parameter of <c>POST requests</c>.</summary>
    public const string Open311ApiKeyField = "api_key";
    private const string Open311Base = "/open311";

    public static async Task<PresentedCredential?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return new(ActorClaims.Via.Bearer, authorization["Bearer ".Length..].Trim());

        var apiKey = request.Headers[ApiKeyHeader].ToString().Trim();
        if (apiKey.Length > 0) return new(ActorClaims.Via.ApiKey, apiKey);
        if (await Open311FormKeyAsync(request, ct) is { } formKey) return new(ActorClaims.Via.ApiKey, formKey);

        return request.Cookies.TryGetValue(SessionCookie.Name, out var cookie) && !string.IsNullOrWhiteSpace(cookie)
            ? new(ActorClaims.Via.Cookie, cookie)
            : null;
    }

    private static async Task<string?> Open311FormKeyAsync(HttpRequest request, CancellationToken ct)
    {
        if (!HttpMethods.IsPost(request.Method) || !request.Path.StartsWithSegments(Open311Base) || !request.HasFormContentType) return null;
        try
        {
            // The form is buffered by ReadFormAsync, so the endpoint reads the same form again.
            var form = await request.ReadFormAsync(ct);
            var key = form[Open311ApiKeyField].ToString().Trim();
            return key.Length > 0 ? key : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return null;   // a malformed form: the endpoint reports it, in GeoReport's shape, once signed in
        }
    }
}
