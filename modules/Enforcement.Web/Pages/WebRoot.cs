using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Enforcement.Web.Pages;

/// <summary>
/// The pages' files. The build copies <c>wwwroot</c> beside the host's binaries, so the same folder
/// serves <c>dotnet run</c>, a published host and the test host, whatever the content root is.
/// </summary>
internal sealed class WebRoot(string path)
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    public string Path { get; } = path;
    public IFileProvider Files { get; } = new PhysicalFileProvider(path);

    public static WebRoot Beside(string baseDirectory)
    {
        var path = System.IO.Path.Combine(baseDirectory, "wwwroot");
        if (!Directory.Exists(path))
            throw new DirectoryNotFoundException($"页面文件目录 {path} 不存在：请重新生成主机（wwwroot 随 Enforcement.Web 复制到输出目录）。");
        return new WebRoot(path);
    }

    /// <summary>The file under the root, or null: PhysicalFileProvider refuses paths that leave the root.</summary>
    public IFileInfo? Find(string relative)
    {
        var file = Files.GetFileInfo(relative);
        return file is { Exists: true, IsDirectory: false, PhysicalPath: not null } ? file : null;
    }

    public static string ContentType(string name)
    {
        if (!Types.TryGetContentType(name, out var type)) return "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal)
            ? type + "; charset=utf-8" : type;
    }
}
