using System.Runtime.CompilerServices;
using Enforcement.Shared.Primitives;
using Enforcement.Tests.Workforce;

namespace Enforcement.Tests.Support;

/// <summary>
/// Two officers the roster lets act on a department's matters today (registered, certified for that field,
/// the ten prohibitions acknowledged), as the brigade has before it dispatches anyone. Registered once per host.
/// </summary>
internal static class Crew
{
    private static readonly ConditionalWeakTable<TestHost, HashSet<string>> Registered = new();
    private static readonly string[] Names = ["王建国", "李卫东"];

    /// <summary>The two badges for <paramref name="department"/>'s matters, registering them on first use.</summary>
    public static async Task<string[]> ForAsync(TestHost host, string department)
    {
        var badges = Names.Select((_, i) => $"{department.ToUpperInvariant()}-{i + 1}").ToArray();
        if (Registered.GetOrCreateValue(host).Add(department))
            for (var i = 0; i < badges.Length; i++)
                await Roster.Qualified(host, badges[i], Names[i], $"ZF{badges[i]}", department);
        return badges;
    }

    /// <summary>An officer's account carrying the first crew badge of the case's department, so it may act on the case once dispatched.</summary>
    public static async Task<HttpClient> OfficerAsync(TestHost host, string username, string caseId)
    {
        var department = (string)(await host.Api.GetOk($"/api/cases/{caseId}"))["department"]!;
        return await host.UserAsync(username, [Roles.Officer], badge: (await ForAsync(host, department))[0]);
    }

    /// <summary>Dispatches the case's department's crew, as <paramref name="api"/> (the administrator by default).</summary>
    public static async Task<string[]> DispatchAsync(TestHost host, string caseId, Api? api = null)
    {
        var department = (string)(await host.Api.GetOk($"/api/cases/{caseId}"))["department"]!;
        var badges = await ForAsync(host, department);
        await (api ?? host.Api).PostOk($"/api/cases/{caseId}/dispatch", new { officers = badges });
        return badges;
    }
}
