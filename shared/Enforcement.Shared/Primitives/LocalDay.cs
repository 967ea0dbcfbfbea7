namespace Enforcement.Shared.Primitives;

/// <summary>China Standard Time (UTC+8, no daylight saving): the day that effective dates and deadlines use.</summary>
public static class LocalDay
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
