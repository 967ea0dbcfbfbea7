namespace Enforcement.Tests.Open311;

/// <summary>
/// The recorded GeoReport v2 payloads in <c>../shared/reference/open311</c>: the folder beside the
/// checkout, found by walking up from the test binaries.
/// </summary>
internal static class ReferencePayloads
{
    public static readonly string Folder = Find();

    public static string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference", "open311"));
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException(
            $"no ../shared/reference/open311 above {AppContext.BaseDirectory}; the shared folder must sit beside the checkout");
    }
}
