using System.Net;
using System.Net.Http.Headers;
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
/// file and Hangfire on SQLite). Time is a <see cref="FakeTimeProvider"/> the test moves. Each host has
/// its own random administrator password; <see cref="Http"/> and <see cref="Api"/> are signed in as
/// that administrator, <see cref="Anonymous"/> carries no credentials.
/// </summary>
internal sealed class TestHost : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly Dictionary<string, string?> _settings;
    private readonly List<HttpClient> _clients = [];
    private readonly Action<ContainerBuilder>? _container;
    private HttpClient? _client;
    private HttpClient? _anonymous;

    public string DataDir { get; }
    public FakeTimeProvider Clock { get; } = new(Start);
    public OverdueLog Overdue { get; } = new();

    /// <summary>
    /// The set-up account's password, random per host (the host reads it as ENFORCEMENT_ADMIN_PASSWORD); a host
    /// started on another host's data passes that host's password in <c>settings</c>.
    /// </summary>
    public string AdminPassword { get; }

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
            ["ENFORCEMENT_ADMIN_PASSWORD"] = "test-" + Guid.NewGuid().ToString("N"),
            // Cheap hashes keep the many sign-ins of the suite quick; the hasher's default is tested on its own.
            ["Enforcement:Identity:PasswordIterations"] = "1000",
            // Tests move the clock by days; a test about expiry sets its own lifetime.
            ["Enforcement:Identity:TokenLifetime"] = "3650.00:00:00",
        };
        foreach (var (k, v) in settings ?? []) _settings[k] = v;
        AdminPassword = _settings["ENFORCEMENT_ADMIN_PASSWORD"]!;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The Kestrel address the host listens on.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }
    }

    /// <summary>A client speaking real HTTP to the Kestrel port, signed in as the administrator (bearer token).</summary>
    public HttpClient Http => _client ??= SignInAsync("admin", AdminPassword).GetAwaiter().GetResult();

    /// <summary>A client with no credentials at all.</summary>
    public HttpClient Anonymous => _anonymous ??= NewClient();

    public Api Api => new(Http);

    /// <summary>A fresh client without credentials; disposed with the host.</summary>
    public HttpClient NewClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        _clients.Add(client);
        return client;
    }

    /// <summary>Signs in through <c>POST /api/auth/token</c>; the client sends the token on every call.</summary>
    public async Task<HttpClient> SignInAsync(string username, string password)
    {
        var client = NewClient();
        var token = await new Api(client).PostOk("/api/auth/token", new { username, password });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["token"]!.GetValue<string>());
        return client;
    }

    /// <summary>Creates a user with these roles (as the administrator) and answers a client signed in as that user.</summary>
    public async Task<HttpClient> UserAsync(string username, string[] roles, string? department = null, string? badge = null)
    {
        var password = UserPassword(username);
        await Api.PostOk("/api/users", new { username, displayName = $"测试用户 {username}", password, roles, department, badge },
            HttpStatusCode.Created);
        return await SignInAsync(username, password);
    }

    /// <summary>The password <see cref="UserAsync"/> gives a user.</summary>
    public static string UserPassword(string username) => $"pw-{username}-0123456789";

    /// <summary>Issues an API key for a channel (as the administrator); answers a client sending it as X-Api-Key, and the key.</summary>
    public async Task<(HttpClient Client, string Key)> ChannelAsync(string channel)
    {
        var issued = await Api.PostOk("/api/channel-keys", new { channel, name = $"{channel} 对接测试" }, HttpStatusCode.Created);
        var key = issued["key"]!.GetValue<string>();
        var client = NewClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return (client, key);
    }

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
        {
            c.RegisterType<OverdueRecorder>().As<INotificationHandler<CaseOverdue>>();
            _container?.Invoke(c);
        });
        return base.CreateHost(builder);
    }

    protected override void Dispose(bool disposing)
    {
        foreach (var client in _clients) client.Dispose();
        base.Dispose(disposing);
        if (disposing) TryDelete(DataDir);
    }

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { /* a SQLite handle may linger for a moment; the temp folder is cleaned later */ }
    }
}
