using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Enforcement.Tests.Support;

/// <summary>Small helpers over the JSON API, so tests read as the steps a user takes.</summary>
internal sealed class Api(HttpClient http)
{
    public async Task<(HttpStatusCode Status, JsonNode? Body)> Post(string path, object? body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        return (response.StatusCode, await ReadBody(response));
    }

    public async Task<(HttpStatusCode Status, JsonNode? Body)> Get(string path)
    {
        using var response = await http.GetAsync(path);
        return (response.StatusCode, await ReadBody(response));
    }

    /// <summary>POSTs and insists on the given status; returns the body.</summary>
    public async Task<JsonNode> PostOk(string path, object? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (status, json) = await Post(path, body);
        Assert.That(status, Is.EqualTo(expected), $"POST {path} → {json?.ToJsonString()}");
        return json!;
    }

    public async Task<JsonNode> GetOk(string path)
    {
        var (status, json) = await Get(path);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), $"GET {path} → {json?.ToJsonString()}");
        return json!;
    }

    public static object WorkOrder(string externalId, string text, string channel = "12345", string address = "南苑街道兴隆大街18号") =>
        new { channel, externalId, text, address, reportedAt = TestHost.Start.AddMinutes(-5) };

    private static async Task<JsonNode?> ReadBody(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (string.IsNullOrWhiteSpace(text)) return null;
        try { return JsonNode.Parse(text); }
        catch (JsonException) { return JsonValue.Create(text); }
    }
}
