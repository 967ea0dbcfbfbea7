namespace Enforcement.Shared.Primitives;

/// <summary>
/// Who is acting, for the record and for what they may see: a user name, or <c>system:…</c> for jobs.
/// </summary>
public interface ICurrentActor
{
    string Name { get; }

    /// <summary>The roles the caller holds (see <see cref="Primitives.Roles"/>); empty for jobs.</summary>
    IReadOnlyCollection<string> Roles => [];

    /// <summary>For a department liaison: the department (module key) it belongs to.</summary>
    string? Department => null;

    /// <summary>For a channel integration signed in with an API key: the channel it may deliver for.</summary>
    string? Channel => null;

    bool IsInRole(string role) => Roles.Contains(role);
}
