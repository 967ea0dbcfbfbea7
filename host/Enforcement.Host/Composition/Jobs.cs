using Hangfire;
using Hangfire.Storage.SQLite;

namespace Enforcement.Host.Composition;

/// <summary>Hangfire on SQLite by default: the clocks' jobs survive a restart with the data folder.</summary>
internal static class Jobs
{
    public static IServiceCollection AddJobs(this IServiceCollection services, EnforcementHostOptions options)
    {
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (options.JobStorage == "memory") config.UseInMemoryStorage();
            else
            {
                Directory.CreateDirectory(options.DataDir);
                config.UseSQLiteStorage(Path.GetFullPath(options.JobsFile), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
            }
        });
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = 2;
            o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
        return services;
    }
}
