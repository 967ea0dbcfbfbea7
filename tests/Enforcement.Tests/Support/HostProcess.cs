using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Enforcement.Tests.Support;

/// <summary>
/// The host as its own operating-system process, started the way an operator starts it: for
/// start-up failures and for killing it mid-flight.
/// </summary>
internal sealed class HostProcess : IDisposable
{
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

    public static HostProcess Start(string dataDir, string pluginsFile, params string[] extraArgs)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dataDir,
        };
        foreach (var a in new[] { RepoPaths.HostDll, $"--urls=http://127.0.0.1:{port}", $"--Enforcement:DataDir={dataDir}",
                     $"--Enforcement:PluginsFile={pluginsFile}" }.Concat(extraArgs))
            info.ArgumentList.Add(a);
        var process = new Process { StartInfo = info };
        var host = new HostProcess(process, port);
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
