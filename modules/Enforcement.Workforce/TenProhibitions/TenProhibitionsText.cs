using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Enforcement.Workforce.TenProhibitions;

/// <summary>
/// The ten prohibitions (十不准) in force, and the SHA-256 that identifies this exact text: an
/// acknowledgement counts as current only while its hash equals this one.
/// </summary>
internal sealed class TenProhibitionsText(IOptions<WorkforceOptions> options)
{
    public IReadOnlyList<string> Items => options.Value.TenProhibitions;

    public string? Note => string.IsNullOrWhiteSpace(options.Value.TenProhibitionsNote) ? null : options.Value.TenProhibitionsNote;

    public string Hash => HashOf(Items);

    /// <summary>Each item trimmed, one per line, in order, as UTF-8: rewording, reordering or adding one changes it.</summary>
    public static string HashOf(IEnumerable<string> items) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', items.Select(i => i.Trim())))));
}

public sealed record TenProhibitionsView(IReadOnlyList<string> Items, string Hash, string? Note);
