namespace Enforcement.Shared.Primitives;

/// <summary>Who is acting, for the record: a user name, or <c>system:…</c> for jobs.</summary>
public interface ICurrentActor
{
    string Name { get; }
}
