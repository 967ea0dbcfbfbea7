namespace Enforcement.Workforce.DutyChecks;

/// <summary>Where the duty checks' randomness comes from; tests put a fixed sequence in its place.</summary>
public interface IRandomSource
{
    /// <summary>A number from 0 up to, not including, <paramref name="maxExclusive"/>.</summary>
    int Next(int maxExclusive);
}

/// <summary>The shared, thread-safe generator: unpredictable times are the point of a random check.</summary>
internal sealed class SystemRandomSource : IRandomSource
{
    public int Next(int maxExclusive) => Random.Shared.Next(maxExclusive);
}
