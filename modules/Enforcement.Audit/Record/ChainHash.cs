using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Enforcement.Audit.Record;

/// <summary>SHA-256 over the previous hash and every field of an entry, in a fixed order.</summary>
internal static class ChainHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry e)
    {
        var canonical = string.Join('\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture), e.PreviousHash, e.Jurisdiction,
            e.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), e.Actor, e.EntityType, e.EntityId,
            e.Action, e.Before ?? "\u0000", e.After ?? "\u0000");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
