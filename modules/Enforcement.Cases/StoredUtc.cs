namespace Enforcement.Cases;

/// <summary>
/// The module stores its times as UTC <see cref="DateTime"/>s, which the database hands back without a kind;
/// the views and the messages show them as <see cref="DateTimeOffset"/>s at UTC.
/// </summary>
internal static class StoredUtc
{
    public static DateTimeOffset At(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));

    public static DateTimeOffset? At(DateTime? t) => t is null ? null : At(t.Value);
}
