using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Enforcement.Tests.Support;

/// <summary>
/// The host as its own operating-system process, started the way an operator starts it: for
/// start-up failures and for killing it mid-flight. It is given <c>ENFORCEMENT_ADMIN_PASSWORD</c>, one
/// random password per data folder, so a restart on the same folder signs in with the same password.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private static readonly ConcurrentDictionary<string, string> AdminPasswords = new();

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    private HostProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The administrator password this data folder's host was (or will be) set up with.</summary>
    public static string AdminPasswordFor(string dataDir) =>
        AdminPasswords.GetOrAdd(Path.GetFullPath(dataDir), _ => "proc-" + Guid.NewGuid().ToString("N"));

    public string? AdminPassword { get; private init; }

    public static HostProcess Start(string dataDir, string pluginsFile, params string[] extraArgs) =>
        Start(dataDir, pluginsFile, AdminPasswordFor(dataDir), extraArgs);

    /// <summary>Starts without <c>ENFORCEMENT_ADMIN_PASSWORD</c>, as an operator who did not set it.</summary>
    public static HostProcess StartWithoutAdminPassword(string dataDir, string pluginsFile, params string[] extraArgs) =>
        Start(dataDir, pluginsFile, null, extraArgs);

    private static HostProcess Start(string dataDir, string pluginsFile, string? adminPassword, string[] extraArgs)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dataDir,
        };
        info.Environment.Remove("ENFORCEMENT_ADMIN_PASSWORD");
        if (adminPassword is not null) info.Environment["ENFORCEMENT_ADMIN_PASSWORD"] = adminPassword;
        foreach (var a in new[] { RepoPaths.HostDll, $"--urls=http://127.0.0.1:{port}", $"--Enforcement:DataDir={dataDir}",
                     $"--Enforcement:PluginsFile={pluginsFile}" }.Concat(extraArgs))
            info.ArgumentList.Add(a);
        var process = new Process { StartInfo = info };
        var host = new HostProcess(process, port) { AdminPassword = adminPassword };
        process.OutputDataReceived += (_, e) => { lock (host._stdout) host._stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (host._stderr) host._stderr.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public string StdErr { get { lock (_stderr) return _stderr.ToString(); } }
    public string StdOut { get { lock (_stdout) return _stdout.ToString(); } }

    /// <summary>Waits for the process to end by itself; returns its exit code.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) Assert.Fail($"the host did not exit within {timeout}; stderr: {StdErr}");
        _process.WaitForExit();                                         // flush the output readers
        return _process.ExitCode;
    }

    /// <summary>Waits until <c>/health</c> answers 200.</summary>
    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) Assert.Fail($"the host exited with {_process.ExitCode}: {StdErr}");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        Assert.Fail($"the host was not healthy within {timeout}; stderr: {StdErr}");
    }

    /// <summary>A client signed in as the administrator with a bearer token; the caller disposes it.</summary>
    public async Task<HttpClient> AdminClientAsync() =>
        await SignInAsync("admin", AdminPassword ?? throw new InvalidOperationException("started without an administrator password"));

    public async Task<HttpClient> SignInAsync(string username, string password)
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsJsonAsync("/api/auth/token", new { username, password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — what a power cut or OOM kill does to the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
