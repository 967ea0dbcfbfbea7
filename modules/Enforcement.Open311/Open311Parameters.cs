using Enforcement.Open311.Wire;
using Enforcement.Shared.Infrastructure.Web;
using Microsoft.Extensions.Primitives;

namespace Enforcement.Open311;

/// <summary>
/// Reading GeoReport v2 parameters (query string or form): an empty parameter behaves as an absent
/// one; a repeated parameter reads as a comma list.
/// </summary>
internal static class Open311Parameters
{
    public static string? Value(StringValues values)
    {
        var joined = string.Join(",", values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()));
        return joined.Length == 0 ? null : joined;
    }

    public static IReadOnlyList<string> List(StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().ToList();

    /// <summary>
    /// <c>jurisdiction_id</c>: required when several sub-districts are served (400 without it), optional
    /// with one; a code this deployment does not serve is 404, as the specification says.
    /// </summary>
    public static Jurisdiction? Jurisdiction(JurisdictionOptions options, string? id, out Open311Failure? failure)
    {
        failure = null;
        if (id is null)
        {
            if (options.Served.Count == 1) return options.Served[0];
            failure = Open311Failure.BadRequest(
                $"本系统服务多个街道，须给出 jurisdiction_id：{string.Join("、", options.Served.Select(j => j.Code))}（jurisdiction_id is required）");
            return null;
        }
        var found = options.Served.FirstOrDefault(j => j.Code == id);
        if (found is null) failure = Open311Failure.NotFound($"未知的 jurisdiction_id：{id}（jurisdiction_id not found）");
        return found;
    }
}
