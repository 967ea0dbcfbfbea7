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
    private readonly Action<ContainerBuilder>? _container;
    private HttpClient? _client;

    public string DataDir { get; }
    public FakeTimeProvider Clock { get; } = new(Start);
    public OverdueLog Overdue { get; } = new();

    /// <param name="container">Extra registrations, e.g. a stand-in for a bus handler another module will provide.</param>
    public TestHost(PluginsJson? plugins = null, string? dataDir = null, Dictionary<string, string?>? settings = null,
        Action<ContainerBuilder>? container = null)
    {
        _container = container;
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
    public async Task RunClockSweepAsync()
    {
        var storage = Services.GetRequiredService<JobStorage>();
        var before = storage.GetMonitoringApi().SucceededListCount();
        Services.GetRequiredService<IRecurringJobManager>().Trigger("clock-sweep");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (storage.GetMonitoringApi().SucceededListCount() <= before)
        {
            if (storage.GetMonitoringApi().FailedCount() > 0) Assert.Fail("the clock-sweep job failed in Hangfire");
            if (DateTime.UtcNow > deadline) Assert.Fail("Hangfire did not run the clock-sweep job within 60 s");
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
        {
            c.RegisterType<OverdueRecorder>().As<INotificationHandler<CaseOverdue>>();
            _container?.Invoke(c);
        });
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
