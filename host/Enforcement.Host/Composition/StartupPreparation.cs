using Enforcement.Audit;
using Enforcement.Cases;
using Enforcement.Catalogue;
using Enforcement.Evidence;
using Enforcement.Identity;
using Enforcement.Inbox;
using Enforcement.Routing;
using Enforcement.Workforce;
using Hangfire;

namespace Enforcement.Host.Composition;

/// <summary>
/// Brings every module's tables up to date, records module installs and updates, seeds default
/// delegations, creates the first administrator on an empty store, and schedules the recurring jobs. Registered before the
/// job server and started before the web server, so nothing touches a table that does not exist yet.
/// </summary>
internal sealed class StartupPreparation(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(services, cancellationToken);
        await services.InstallModulesAsync(cancellationToken);
        await services.EnsureFirstAdminAsync(Console.Out, cancellationToken);
        services.GetRequiredService<IRecurringJobManager>().ScheduleCasesJobs();
        services.GetRequiredService<IRecurringJobManager>().ScheduleWorkforceJobs();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        await services.MigrateAuditModuleAsync(ct);
        await services.MigrateInboxModuleAsync(ct);
        await services.MigrateCasesModuleAsync(ct);
        await services.MigrateCatalogueModuleAsync(ct);
        await services.MigrateRoutingModuleAsync(ct);
        await services.MigrateWorkforceModuleAsync(ct);
        await services.MigrateEvidenceModuleAsync(ct);
        await services.MigrateIdentityModuleAsync(ct);
    }
}
