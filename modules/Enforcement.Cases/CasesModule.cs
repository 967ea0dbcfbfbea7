using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Cases.Persistence;
using Enforcement.Shared.Infrastructure.Persistence;
using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Cases;

/// <summary>案件办理 — cases from opening to satisfaction, and their clocks.</summary>
public static class CasesModule
{
    public static IServiceCollection AddCasesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CasesDbContext>(CasesDbContext.Prefix);
        services.Configure<ServiceLevelOptions>(configuration.GetSection("Enforcement:ServiceLevels"));
        services.Configure<Procedure.ProcedureOptions>(configuration.GetSection("Enforcement:Procedure"));
        services.Configure<CalendarOptions>(configuration.GetSection("Enforcement:Calendar"));
        return services;
    }

    public static Task MigrateCasesModuleAsync(this IServiceProvider services, CancellationToken ct = default) =>
        services.MigrateModuleAsync<CasesDbContext>(ct);

    /// <summary>The clock sweep runs every minute, so an overdue clock is flagged within a minute of running out.</summary>
    public static void ScheduleCasesJobs(this IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<ClockSweepJob>(ClockSweepJob.RecurringId, j => j.RunAsync(), Cron.Minutely());

    public static IEndpointRouteBuilder MapCasesModule(this IEndpointRouteBuilder app)
    {
        CasesEndpoints.Map(app);
        Procedure.ProcedureEndpoints.Map(app);
        return app;
    }
}
