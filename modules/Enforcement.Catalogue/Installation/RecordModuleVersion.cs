using Enforcement.Catalogue.Persistence;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Catalogue.Installation;

/// <summary>Records that a module version is installed (first install or finished update).</summary>
internal sealed record RecordModuleVersion(string ModuleKey, string? From, string To) : ICommand<Unit>;

internal sealed class RecordModuleVersionHandler(CatalogueDbContext db, StateRecorder recorder, TimeProvider clock)
    : IRequestHandler<RecordModuleVersion, Unit>
{
    public async Task<Unit> Handle(RecordModuleVersion r, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.Installations.FindAsync([r.ModuleKey], ct);
        if (row is null) db.Installations.Add(row = new ModuleInstallation { ModuleKey = r.ModuleKey, InstalledAt = now });
        row.Version = r.To;
        row.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync("*", "module", r.ModuleKey, r.From is null ? "module-installed" : "module-updated",
            r.From is null ? null : new { version = r.From }, new { version = r.To }, ct);
        return Unit.Value;
    }
}

/// <summary>Records an update step that ran, with what it reported.</summary>
internal sealed record RecordModuleUpdate(string ModuleKey, string From, string To, string Description, IReadOnlyList<string> Report) : ICommand<Unit>;

internal sealed class RecordModuleUpdateHandler(CatalogueDbContext db, StateRecorder recorder, TimeProvider clock)
    : IRequestHandler<RecordModuleUpdate, Unit>
{
    public async Task<Unit> Handle(RecordModuleUpdate r, CancellationToken ct)
    {
        var record = new ModuleUpdateRecord
        {
            ModuleKey = r.ModuleKey, FromVersion = r.From, ToVersion = r.To, Description = r.Description,
            Report = string.Join("\n", r.Report), AppliedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Updates.Add(record);
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync("*", "module", r.ModuleKey, "module-update-step", null,
            new { record.FromVersion, record.ToVersion, record.Description, record.Report }, ct);
        return Unit.Value;
    }
}
