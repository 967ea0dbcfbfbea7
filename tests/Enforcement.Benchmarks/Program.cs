using System.Net.Http.Json;
using System.Text;
using Enforcement.Benchmarks;

// Intake benchmark: N work orders one POST at a time (the baseline) against the same number in one
// batch import, each on a fresh host process and data folder, in the same run. Prints rows/s and the
// host's peak resident memory (VmHWM). Usage: dotnet run -c Release --project tests/Enforcement.Benchmarks [N]
var n = args.Length > 0 && int.TryParse(args[0], out var parsed) ? parsed : 300;
var rows = Complaints.Generate(n);

var single = await HostRun.MeasureAsync("逐条接收 POST /api/inbox（基线）", async http =>
{
    foreach (var r in rows)
        (await http.PostAsJsonAsync("/api/inbox", new
        {
            channel = "12345", externalId = r.ExternalId, text = r.Text, address = r.Address, reportedAt = r.ReportedAt,
        })).EnsureSuccessStatusCode();
});

var batch = await HostRun.MeasureAsync("批量导入 POST /api/inbox/import", async http =>
{
    var csv = new StringBuilder("externalId,text,address,latitude,longitude,reportedAt,jurisdiction\n");
    foreach (var r in rows) csv.Append($"{r.ExternalId},{r.Text},{r.Address},,,{r.ReportedAt:yyyy-MM-ddTHH:mm:sszzz},\n");
    using var content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv");
    (await http.PostAsync("/api/inbox/import?channel=12345", content)).EnsureSuccessStatusCode();
});

Console.WriteLine();
Console.WriteLine($"{"方式",-34}{"条数",8}{"耗时(s)",10}{"条/秒",10}{"峰值内存(MB)",14}");
foreach (var m in new[] { single, batch })
    Console.WriteLine($"{m.Name,-30}{n,8}{m.Elapsed.TotalSeconds,10:0.0}{n / m.Elapsed.TotalSeconds,10:0.0}{m.PeakMegabytes,14:0}");
Console.WriteLine($"批量导入相对逐条接收的加速比：{single.Elapsed / batch.Elapsed:0.00}×（同一次运行、同一台机器）");
