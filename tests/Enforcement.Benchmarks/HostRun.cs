using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Enforcement.Benchmarks;

/// <summary>Starts the built host on a fresh data folder, times one workload against it, reads its peak memory.</summary>
internal static class HostRun
{
    public sealed record Measurement(string Name, TimeSpan Elapsed, double PeakMegabytes);

    public static async Task<Measurement> MeasureAsync(string name, Func<HttpClient, Task> work)
    {
        var root = FindRoot();
        var data = Directory.CreateTempSubdirectory("enforcement-bench-").FullName;
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        var adminPassword = "bench-" + Guid.NewGuid().ToString("N");     // the fresh host's set-up account
        info.Environment["ENFORCEMENT_ADMIN_PASSWORD"] = adminPassword;
        foreach (var a in new[] { Path.Combine(root, "host", "Enforcement.Host", "bin", Configuration(), "net10.0", "Enforcement.Host.dll"),
                     $"--urls=http://127.0.0.1:{port}", $"--Enforcement:DataDir={data}", "--Logging:LogLevel:Default=Warning" })
            info.ArgumentList.Add(a);
        using var host = Process.Start(info)!;
        host.OutputDataReceived += (_, _) => { };
        host.ErrorDataReceived += (_, _) => { };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(10) };
            await WaitHealthyAsync(http, host);
            await SignInAsync(http, adminPassword);
            var watch = Stopwatch.StartNew();
            await work(http);
            watch.Stop();
            return new Measurement(name, watch.Elapsed, PeakMegabytes(host.Id));
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task WaitHealthyAsync(HttpClient http, Process host)
    {
        for (var i = 0; i < 600; i++)
        {
            if (host.HasExited) throw new InvalidOperationException($"the host exited with {host.ExitCode}");
            try { if ((await http.GetAsync("/health")).IsSuccessStatusCode) return; }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException("the host did not become healthy");
    }

    /// <summary>The workload calls the API as the administrator, with a bearer token.</summary>
    private static async Task SignInAsync(HttpClient http, string password)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/token", new { username = "admin", password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>Peak resident set size (VmHWM) of the process, in MB; NaN where /proc is not available.</summary>
    private static double PeakMegabytes(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status)) return double.NaN;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    }

    private static string Configuration() => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Enforcement.Modular.sln"))) return dir.FullName;
        throw new InvalidOperationException("Enforcement.Modular.sln not found");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
