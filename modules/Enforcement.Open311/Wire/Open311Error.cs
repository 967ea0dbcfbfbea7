using System.Xml.Linq;

namespace Enforcement.Open311.Wire;

/// <summary>One entry of the specification's error answer: the HTTP status as <c>code</c> and why.</summary>
internal sealed record Open311Error(int Code, string Description)
{
    public XElement ToXml() => new("error",
        Xml.El("code", Code.ToString(System.Globalization.CultureInfo.InvariantCulture)), Xml.El("description", Description));
}

/// <summary>Why a call failed: the HTTP status (400, 403 or 404) and one entry per problem.</summary>
internal sealed class Open311Failure(int status, IReadOnlyList<string> problems)
{
    public int Status { get; } = status;
    public IReadOnlyList<Open311Error> Errors { get; } = problems.Select(p => new Open311Error(status, p)).ToList();

    public static Open311Failure BadRequest(params string[] problems) => new(400, problems);
    public static Open311Failure Forbidden(string problem) => new(403, [problem]);
    public static Open311Failure NotFound(string problem) => new(404, [problem]);
}
