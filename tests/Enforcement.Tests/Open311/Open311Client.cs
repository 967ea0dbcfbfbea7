using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Enforcement.Open311;

namespace Enforcement.Tests.Open311;

/// <summary>Talks GeoReport v2 to the real host: raw answers, JSON or XML, and form posts.</summary>
internal sealed class Open311Client(HttpClient http)
{
    public static readonly string Base = Open311Module.BasePath;

    public async Task<(HttpStatusCode Status, string Body, string? ContentType)> Raw(string path)
    {
        using var response = await http.GetAsync(Base + path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    public async Task<(HttpStatusCode Status, JsonNode Body)> Json(string path)
    {
        var (status, body, type) = await Raw(path);
        Assert.That(type, Is.EqualTo("application/json"), $"GET {path} → {body}");
        return (status, JsonNode.Parse(body)!);
    }

    public async Task<JsonNode> JsonOk(string path)
    {
        var (status, body) = await Json(path);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), $"GET {path} → {body.ToJsonString()}");
        return body;
    }

    public async Task<(HttpStatusCode Status, XElement Root)> Xml(string path)
    {
        var (status, body, type) = await Raw(path);
        Assert.That(type, Is.EqualTo("text/xml"), $"GET {path} → {body}");
        return (status, XDocument.Parse(body).Root!);
    }

    public async Task<(HttpStatusCode Status, string Body)> Post(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await http.PostAsync(Base + path, new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<(HttpStatusCode Status, JsonNode Body)> PostJson(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var (status, body) = await Post(path, fields);
        return (status, JsonNode.Parse(body)!);
    }

    /// <summary>
    /// A valid request for a service: every required attribute filled from its definition, single values
    /// as <c>attribute[code]</c>, list values as <c>attribute[code][]</c> (two of them where possible).
    /// </summary>
    public static List<KeyValuePair<string, string>> Filled(JsonNode definition)
    {
        var fields = new List<KeyValuePair<string, string>> { new("service_code", definition["service_code"]!.GetValue<string>()) };
        foreach (var a in definition["attributes"]!.AsArray().Where(a => a!["required"]!.GetValue<bool>()))
        {
            var code = a!["code"]!.GetValue<string>();
            var keys = a["values"]!.AsArray().Select(v => v!["key"]!.GetValue<string>()).ToList();
            switch (a["datatype"]!.GetValue<string>())
            {
                case "multivaluelist":
                    fields.AddRange(keys.Take(2).Select(k => new KeyValuePair<string, string>($"attribute[{code}][]", k)));
                    break;
                case "singlevaluelist":
                    fields.Add(new($"attribute[{code}]", keys[0]));
                    break;
                case "number":
                    fields.Add(new($"attribute[{code}]", "1"));
                    break;
                case "datetime":
                    fields.Add(new($"attribute[{code}]", "2026-11-27T08:30:00+08:00"));
                    break;
                default:
                    fields.Add(new($"attribute[{code}]", "兴隆大街18号"));
                    break;
            }
        }
        return fields;
    }

    public static KeyValuePair<string, string> F(string key, string value) => new(key, value);
}
