using Enforcement.Inbox.Triage;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Messages.Inbox;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enforcement.Inbox.Import;

/// <summary>
/// Lands the good rows of a batch through the same intake command and triage as a single work order, so
/// the batch is idempotent on channel + externalId and a row repeating an earlier row's matter and place
/// is linked as a "me too". Every row commits on its own: a bad row, or a failure half-way, never loses
/// the rows before it.
/// <para>
/// Speed: asking the modules (the slow, database-free part) runs a few rows ahead in parallel, each in its
/// own scope, while rows are stored and their answers recorded strictly in file order — so each row's
/// duplicate check sees every earlier row.
/// </para>
/// </summary>
[ModuleService]
internal sealed class BatchImporter(IMediator mediator, IServiceScopeFactory scopes, ILogger<BatchImporter> logger)
{
    private static readonly int Parallelism = Math.Max(2, Environment.ProcessorCount);

    public async Task<ImportAnswer> ImportAsync(string channel, IReadOnlyList<ImportRow> rows, CancellationToken ct)
    {
        int known = 0;
        var rejected = new List<RejectedRow>();
        var created = new List<(ReceivedWorkOrder Order, Task<TriageAnswer?> Answer)>();
        using var gate = new SemaphoreSlim(Parallelism);
        foreach (var row in rows)
        {
            var (command, errors) = row.ToCommand(channel);
            if (command is null) { rejected.Add(new RejectedRow(row.Line, row.Index, row.ExternalId, errors)); continue; }

            var received = await ReceiveAsync(command, ct);
            if (!received.Ok)
            {
                var problem = received.Problem!;
                rejected.Add(new RejectedRow(row.Line, row.Index, row.ExternalId, problem.Errors?.SelectMany(e => e.Value).ToList() ?? [problem.Message]));
            }
            else if (!received.Value!.Created) known++;
            else created.Add((received.Value, SuggestAsync(command.Text!, gate, ct)));
        }

        var linked = 0;
        foreach (var (order, pending) in created)
        {
            var answer = await pending;
            if (answer is null) continue;   // logged; the order waits in the inbox for triage to be re-run
            try
            {
                var triaged = await mediator.Send(new RecordTriage(order.Id, answer), ct);
                if (triaged.Ok && triaged.Value!.DuplicateOf is not null) linked++;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                logger.LogError(ex, "Recording triage of imported work order {Number} failed", order.Number);
            }
        }
        return new ImportAnswer(rows.Count, created.Count, known, linked, rejected);
    }

    private async Task<TriageAnswer?> SuggestAsync(string text, SemaphoreSlim gate, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SuggestItems(text), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Triage of an imported work order failed");
            return null;
        }
        finally
        {
            gate.Release();
        }
    }

    // Another delivery of the same external id at the same moment: the loser of the unique index asks again.
    private async Task<Result<ReceivedWorkOrder>> ReceiveAsync(ReceiveWorkOrder command, CancellationToken ct)
    {
        try
        {
            return await mediator.Send(command, ct);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            return await mediator.Send(command, ct);
        }
    }
}

/// <summary>The import's answer: how many rows were read, what became of them, and the rows refused.</summary>
public sealed record ImportAnswer(int Received, int Created, int AlreadyKnown, int LinkedAsDuplicates, IReadOnlyList<RejectedRow> Rejected);

/// <summary>A refused row: its physical line (CSV header = line 1), its array index (JSON), and why.</summary>
public sealed record RejectedRow(int Line, int? Index, string? ExternalId, IReadOnlyList<string> Errors);
