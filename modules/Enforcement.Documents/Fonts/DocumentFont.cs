using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Enforcement.Documents.Fonts;

/// <summary>
/// The configured CJK font, loaded once on first use. <see cref="Family"/> is the name to give
/// <c>XFont</c>; a missing or unusable font throws <see cref="DocumentFontException"/> whenever it is asked for.
/// </summary>
internal sealed class DocumentFont(IOptions<DocumentsOptions> options)
{
    private readonly Lazy<string> _family = new(() => Load(options.Value.FontFile, options.Value.FontIndex),
        LazyThreadSafetyMode.PublicationOnly);

    public string Family => _family.Value;

    private static string Load(string path, int index)
    {
        if (!File.Exists(path))
            throw new DocumentFontException(
                $"执法文书所需的中文字体文件 {path} 不存在。请安装 Debian 软件包 {DocumentsOptions.FontPackage}"
                + $"（apt-get install -y {DocumentsOptions.FontPackage}），或在配置项 Enforcement:Documents:FontFile 中指定一个 TrueType 轮廓的中文字体。");
        var face = SfntFace.Extract(File.ReadAllBytes(path), index, path);
        // Keyed by file and face, so two hosts with different fonts in one process do not share a face.
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Path.GetFullPath(path)}|{index}")))[..12];
        var family = $"EnforcementDocuments-{key}";
        FontRouter.Register(family, face);
        return family;
    }
}
