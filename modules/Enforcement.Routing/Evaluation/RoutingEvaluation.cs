using Enforcement.Shared.Messages.Triage;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Routing.Evaluation;

/// <summary>
/// 分拨评估 — runs a labelled set of complaints (JSON lines: text, department, items) through the
/// whole triage path, exactly as the inbox does: every module answers <see cref="ComplaintTriageRequested"/>,
/// then <see cref="RouteComplaint"/> re-ranks. Prints top-1 department accuracy, top-3 item accuracy,
/// non-enforcement recognition and every miss.
/// </summary>
public static class RoutingEvaluation
{
    /// <summary>Prints the figures and the misses to <paramref name="output"/> and returns the figures (e.g. for an exit code).</summary>
    public static async Task<RoutingEvaluationResult> RunAsync(IServiceProvider services, string file, TextWriter output)
    {
        var tally = new EvaluationTally();
        foreach (var c in EvaluationCase.Read(file))
        {
            await using var scope = services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var question = new ComplaintTriageRequested(c.Text);
            await mediator.Publish(question);
            var answer = await mediator.Send(new RouteComplaint(c.Text, question.Suggestions));
            tally.Add(c, answer.Ranked.FirstOrDefault()?.Department, answer.Ranked.Take(3).Select(s => s.ItemCode).ToList(),
                answer.NotEnforcement?.CategoryName);
        }
        tally.Print(output);
        return new RoutingEvaluationResult(
            tally.Cases,
            EvaluationTally.Percent(tally.DepartmentHits, tally.Cases),
            EvaluationTally.Percent(tally.ItemTop3Hits, tally.Enforcement),
            EvaluationTally.Percent(tally.NonEnforcementRecognised, tally.NonEnforcement));
    }
}

/// <summary>The evaluation's figures, in percent.</summary>
public sealed record RoutingEvaluationResult(int Cases, double TopDepartment, double TopThreeItem, double NonEnforcementRecognised);
