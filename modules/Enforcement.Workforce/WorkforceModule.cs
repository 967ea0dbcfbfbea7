using Enforcement.Shared.Infrastructure.Persistence;
using Enforcement.Workforce.DutyChecks;
using Enforcement.Workforce.Persistence;
using Enforcement.Workforce.TenProhibitions;
using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Enforcement.Workforce;

/// <summary>执法人员 — the roster: officers, certificates, the ten prohibitions, recusals and duty checks.</summary>
public static class WorkforceModule
{
    public static IServiceCollection AddWorkforceModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<WorkforceDbContext>(WorkforceDbContext.Prefix);
        // A roster without its ten prohibitions cannot check officers: refuse to start, naming the key.
        services.AddOptions<WorkforceOptions>().Bind(configuration.GetSection(WorkforceOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkforceOptions>, WorkforceOptionsValidation>();
        services.AddSingleton<TenProhibitionsText>();
        services.TryAddSingleton<IRandomSource, SystemRandomSource>();
        return services;
    }

    public static Task MigrateWorkforceModuleAsync(this IServiceProvider services, CancellationToken ct = default) =>
        services.MigrateModuleAsync<WorkforceDbContext>(ct);

    /// <summary>Every minute: a check comes due within a minute of its random time, and a missed one is marked within a minute.</summary>
    public static void ScheduleWorkforceJobs(this IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<DutyCheckJob>(DutyCheckJob.RecurringId, j => j.RunAsync(), Cron.Minutely());

    public static IEndpointRouteBuilder MapWorkforceModule(this IEndpointRouteBuilder app)
    {
        WorkforceEndpoints.Map(app);
        DutyCheckEndpoints.Map(app);
        return app;
    }
}
