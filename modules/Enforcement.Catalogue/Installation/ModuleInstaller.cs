using Enforcement.Catalogue.Persistence;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Modules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Catalogue.Installation;

/// <summary>
/// Brings the database's record of installed modules up to the versions loaded: records a first
/// install, runs each pending update step once, and refuses a downgrade.
/// </summary>
[ModuleService]
internal sealed class ModuleInstaller(ILoadedModules modules, CatalogueDbContext db, IMediator mediator)
{
    public async Task InstallAsync(CancellationToken ct)
    {
        foreach (var module in modules.All)
        {
            var loaded = module.Version.ToString(3);
            var row = await db.Installations.AsNoTracking().FirstOrDefaultAsync(i => i.ModuleKey == module.Key, ct);
            if (row is null)
            {
                await mediator.Send(new RecordModuleVersion(module.Key, null, loaded), ct);
                continue;
            }
            var installed = Version.Parse(row.Version);
            if (installed == module.Version) continue;
            if (installed > module.Version)
                throw new ModuleInstallationException(module.Key,
                    $"模块 {module.Key} 在数据库中的已安装版本为 {row.Version}，高于本次加载的 {loaded}：不支持降级。请安装 {row.Version} 或更高版本的模块。");

            foreach (var step in module.Updates.Where(s => s.To > installed && s.To <= module.Version).OrderBy(s => s.To))
                await RunStepAsync(module, step, row.Version, ct);
            await mediator.Send(new RecordModuleVersion(module.Key, row.Version, loaded), ct);
        }
    }

    private async Task RunStepAsync(IDepartmentModule module, IModuleUpdate step, string from, CancellationToken ct)
    {
        var to = step.To.ToString(3);
        if (await db.Updates.AnyAsync(u => u.ModuleKey == module.Key && u.ToVersion == to, ct)) return;
        var context = new ModuleUpdateContext(mediator);
        try
        {
            await step.ApplyAsync(context, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ModuleInstallationException(module.Key,
                $"模块 {module.Key} 升级到 {to} 的步骤（{step.Description}）失败：{ex.Message}。已安装版本仍为 {from}；排除问题后重启，该步骤会重新执行。");
        }
        await mediator.Send(new RecordModuleUpdate(module.Key, from, to, step.Description, context.Report), ct);
    }
}
