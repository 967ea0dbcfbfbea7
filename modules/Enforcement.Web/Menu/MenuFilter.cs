namespace Enforcement.Web.Menu;

/// <summary>
/// Which pages a caller sees: the public ones, and those whose policy the caller satisfies. A policy the
/// host does not define guards nothing yet, so its page is shown (the API behind it is open too).
/// </summary>
internal static class MenuFilter
{
    public static async Task<IReadOnlyList<MenuEntry>> VisibleAsync(
        IEnumerable<MenuEntry> entries, Func<string, Task<bool?>> satisfies)
    {
        var visible = new List<MenuEntry>();
        foreach (var entry in entries)
        {
            if (entry.Policy is null || await satisfies(entry.Policy) != false) visible.Add(entry);
        }
        return visible;
    }
}
