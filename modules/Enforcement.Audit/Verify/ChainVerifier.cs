using Enforcement.Shared.Infrastructure;
using Enforcement.Audit.Persistence;
using Enforcement.Audit.Record;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Audit.Verify;

/// <summary>The outcome of recomputing the chain: how many entries, and the first broken link if any.</summary>
public sealed record ChainReport(bool Intact, long Entries, long? FirstBrokenSequence, string? Problem);

[ModuleService]
internal sealed class ChainVerifier(AuditDbContext db)
{
    public async Task<ChainReport> VerifyAsync(CancellationToken ct)
    {
        var previous = ChainHash.Genesis;
        long expected = 1, count = 0;
        await foreach (var e in db.Entries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (e.Sequence != expected)
                return new ChainReport(false, count, expected, $"缺少第 {expected} 条记录（下一条为第 {e.Sequence} 条）");
            if (e.PreviousHash != previous)
                return new ChainReport(false, count, e.Sequence, $"第 {e.Sequence} 条记录的前序哈希与上一条不符");
            if (ChainHash.Compute(e) != e.Hash)
                return new ChainReport(false, count, e.Sequence, $"第 {e.Sequence} 条记录的内容与其哈希不符，已被改动");
            previous = e.Hash;
            expected++;
        }
        return new ChainReport(true, count, null, null);
    }
}
