using Enforcement.Shared.Primitives;
using Enforcement.Shared.Messages.Audit;
using Enforcement.Tests.Cases;
using Enforcement.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Tests.Audit;

/// <summary>GetRecordOf: one entity's recorded changes over the bus, as the 卷宗 binds them.</summary>
[NonParallelizable]
public sealed class RecordOfTests
{
    [Test]
    public async Task The_record_of_a_case_is_its_entries_oldest_first_with_actor_time_action_and_chain_hash()
    {
        using var host = new TestHost();
        var caseId = await CaseFlow.OpenAndDispatch(host, await CaseFlow.ReceiveBarbecueComplaint(host), "CG-YY-001");
        var wang = new Api(await Crew.OfficerAsync(host, "officer-wang", caseId));
        host.Advance(TimeSpan.FromMinutes(12));
        await wang.PostOk($"/api/cases/{caseId}/arrival", new { latitude = 31.9926, longitude = 118.7221, address = "兴隆大街18号夜市入口" });

        var listed = (await host.Api.GetOk($"/api/audit?entityType=case&entityId={caseId}")).AsArray();
        var record = await Send(host, new GetRecordOf("case", caseId));

        Assert.Multiple(() =>
        {
            Assert.That(record.Select(e => e.Action), Is.EqualTo(new[] { "opened", "dispatch", "arrival" }));
            Assert.That(record.Select(e => e.Sequence), Is.Ordered.Ascending);
            Assert.That(record.Select(e => e.Sequence), Is.EqualTo(listed.Select(e => e!["sequence"]!.GetValue<long>())));
            Assert.That(record.Select(e => e.Hash), Is.EqualTo(listed.Select(e => e!["hash"]!.GetValue<string>())));
            Assert.That(record[^1].Actor, Is.EqualTo("officer-wang"));
            Assert.That(record[^1].At, Is.EqualTo(TestHost.Start.AddMinutes(12)));
            Assert.That(record.Select(e => e.Hash), Has.All.Length.EqualTo(64));
        });
        var everything = (await host.Api.GetOk("/api/audit")).AsArray();
        Assert.That(everything, Has.Count.GreaterThan(record.Count), "the work order's own entries are not the case's");
        Assert.That(await Send(host, new GetRecordOf("case", Guid.NewGuid().ToString())), Is.Empty);
    }

    private static async Task<IReadOnlyList<RecordEntry>> Send(TestHost host, GetRecordOf request)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
