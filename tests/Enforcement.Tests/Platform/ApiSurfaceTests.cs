using Enforcement.Tests.Support;

namespace Enforcement.Tests.Platform;

[NonParallelizable]
public sealed class ApiSurfaceTests
{
    [Test]
    public async Task Health_answers_200()
    {
        using var host = new TestHost();
        var health = await host.Api.GetOk("/health");
        Assert.That(health["status"]!.GetValue<string>(), Is.EqualTo("ok"));
    }

    [Test]
    public async Task The_OpenAPI_document_describes_the_inbox_triage_and_case_actions()
    {
        using var host = new TestHost();
        var doc = await host.Api.GetOk("/openapi/v1.json");
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.That(paths, Is.SupersetOf(new[]
        {
            "/health", "/api/modules", "/api/inbox", "/api/triage/suggest", "/api/inbox/{id}/accept",
            "/api/cases/{id}", "/api/cases/{id}/dispatch", "/api/cases/{id}/arrival", "/api/cases/{id}/result",
            "/api/cases/{id}/close", "/api/cases/{id}/satisfaction", "/api/audit/verify",
        }));
    }

    [Test]
    public async Task An_item_shows_its_legal_basis_penalty_and_form()
    {
        using var host = new TestHost();
        var item = await host.Api.GetOk("/api/items/CG-YY-001");
        Assert.Multiple(() =>
        {
            Assert.That(item["penaltyBasis"]!["citation"]!.GetValue<string>(), Is.EqualTo("《大气污染防治法》第一百一十八条第三款"));
            Assert.That(item["penalty"]!["fine"]!["min"]!.GetValue<decimal>(), Is.EqualTo(500m));
            Assert.That(item["penalty"]!["fine"]!["max"]!.GetValue<decimal>(), Is.EqualTo(20000m));
            Assert.That(item["form"]!["fields"]!.AsArray(), Is.Not.Empty);
        });
        var (status, _) = await host.Api.Get("/api/items/NO-SUCH");
        Assert.That((int)status, Is.EqualTo(404));
    }
}
