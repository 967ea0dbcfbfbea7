using System.Net;
using Autofac;
using Enforcement.Shared.Messages.Cases;
using Hangfire;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Enforcement.Tests.Support;

/// <summary>
/// The real host, on Kestrel on a loopback port, with its data in a fresh temp folder (a real SQLite
/// file and Hangfire on SQLite). Time is a <see cref="FakeTimeProvider"/> the test moves.
/// </summary>
internal sealed class TestHost : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly Dictionary<string, string?> _settings;
    private HttpClient? _client;

    public string DataDir { get; }
    public FakeTimeProvider Clock { get; } = new(Start);
    public OverdueLog Overdue { get; } = new();

    public TestHost(PluginsJson? plugins = null, string? dataDir = null, Dictionary<string, string?>? settings = null)
    {
        DataDir = dataDir ?? Directory.CreateTempSubdirectory("enforcement-test-").FullName;
        var pluginsFile = (plugins ?? PluginsJson.FromRepository()).WriteTo(DataDir);
        _settings = new Dictionary<string, string?>
        {
            ["Enforcement:DataDir"] = DataDir,
            ["Enforcement:PluginsFile"] = pluginsFile,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (k, v) in settings ?? []) _settings[k] = v;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>A client speaking real HTTP to the Kestrel port.</summary>
    public HttpClient Http
    {
        get
        {
            if (_client is not null) return _client;
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return _client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        }
    }

    public Api Api => new(Http);

    public void Advance(TimeSpan by) => Clock.Advance(by);

    /// <summary>Moves the clock to <see cref="Start"/> + the given offset.</summary>
    public void At(TimeSpan sinceStart) => Clock.SetUtcNow(Start + sinceStart);

    /// <summary>Fires the clock-sweep job through Hangfire and waits until Hangfire has run it.</summary>
    public Task RunClockSweepAsync() => RunRecurringJobAsync("clock-sweep");

    /// <summary>
    /// Fires a recurring job through Hangfire and waits until that very run has succeeded. (Other
    /// recurring jobs also run every minute, so a count of succeeded jobs would not tell.)
    /// </summary>
    public async Task RunRecurringJobAsync(string recurringId)
    {
        var storage = Services.GetRequiredService<JobStorage>();
        var jobId = ((IRecurringJobManagerV2)Services.GetRequiredService<IRecurringJobManager>()).TriggerJob(recurringId);
        if (jobId is null) Assert.Fail($"the recurring job {recurringId} is not scheduled");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using (var connection = storage.GetConnection())
            {
                var state = connection.GetStateData(jobId)?.Name;
                if (state == "Succeeded") return;
                if (state is "Failed" or "Scheduled") Assert.Fail($"the {recurringId} job failed in Hangfire ({state})");
            }
            if (DateTime.UtcNow > deadline) Assert.Fail($"Hangfire did not run the {recurringId} job within 60 s");
            await Task.Delay(100);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (k, v) in _settings) builder.UseSetting(k, v);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(Overdue);
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureContainer<ContainerBuilder>(c =>
            c.RegisterType<OverdueRecorder>().As<INotificationHandler<CaseOverdue>>());
        return base.CreateHost(builder);
    }

    protected override void Dispose(bool disposing)
    {
        _client?.Dispose();
        base.Dispose(disposing);
        if (disposing) TryDelete(DataDir);
    }

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { /* a SQLite handle may linger for a moment; the temp folder is cleaned later */ }
    }
}
