using System.Text.Json;
using Enforcement.Routing.Evaluation;
using Enforcement.Shared.Modules;
using Enforcement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Tests.Routing;

/// <summary>The labelled complaints of tests/routing-eval: their shape, and (once the host wires routing) the routing's figures.</summary>
public sealed class EvaluationSetTests
{
    private static string SetFile => Path.Combine(RepoPaths.Root, "tests", "routing-eval", "complaints.jsonl");

    [Test]
    public void The_set_covers_every_department_and_non_enforcement()
    {
        var cases = EvaluationCase.Read(SetFile);
        var perDepartment = cases.GroupBy(c => c.Department).ToDictionary(g => g.Key, g => g.Count());

        Assert.That(cases, Has.Count.GreaterThanOrEqualTo(160));
        Assert.That(perDepartment.GetValueOrDefault(EvaluationCase.NotEnforcement), Is.GreaterThanOrEqualTo(15));
        Assert.That(perDepartment.Where(p => p.Key != EvaluationCase.NotEnforcement).ToList(),
            Has.Count.EqualTo(14).And.All.Matches<KeyValuePair<string, int>>(p => p.Value >= 8));
        Assert.That(cases.Where(c => c.IsEnforcement), Has.All.Matches<EvaluationCase>(c => c!.Items is { Count: >= 1 and <= 3 }));
        Assert.That(cases.Select(c => c.Text), Is.Unique);
    }

    [Test, NonParallelizable]
    public void Every_label_names_a_loaded_module_and_one_of_its_items()
    {
        using var host = new TestHost();
        _ = host.Http;
        var items = host.Services.GetRequiredService<ILoadedModules>().All
            .SelectMany(m => m.Items.Select(i => (m.Key, i.Code))).ToDictionary(x => x.Code, x => x.Key);

        Assert.Multiple(() =>
        {
            foreach (var c in EvaluationCase.Read(SetFile).Where(c => c.IsEnforcement))
            {
                Assert.That(c.Items, Has.All.Matches<string>(i => items.ContainsKey(i!)), c.Text);
                Assert.That(items.GetValueOrDefault(c.Items![0]), Is.EqualTo(c.Department), $"first item of “{c.Text}” belongs to its department");
            }
        });
    }

    /// <summary>
    /// Runs the whole triage path over the set through the real host: a regression guard on the
    /// routing quality (deterministic: no timing involved).
    /// </summary>
    [Test, NonParallelizable]
    public async Task Routing_meets_its_aims_on_the_set()
    {
        using var host = new TestHost();
        _ = host.Http;
        var output = new StringWriter();

        var result = await RoutingEvaluation.RunAsync(host.Services, SetFile, output);

        TestContext.Out.WriteLine(output.ToString());
        Assert.That(result.TopDepartment, Is.GreaterThanOrEqualTo(90), output.ToString());
        Assert.That(result.TopThreeItem, Is.GreaterThanOrEqualTo(95), output.ToString());
        Assert.That(result.NonEnforcementRecognised, Is.GreaterThanOrEqualTo(90), output.ToString());
    }
}
