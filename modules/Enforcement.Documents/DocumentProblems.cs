using Enforcement.Documents.Templates;
using Enforcement.Shared.Primitives;

namespace Enforcement.Documents;

/// <summary>The refusals of the documents endpoints, in Chinese.</summary>
internal static class DocumentProblems
{
    public static Problem CaseNotFound(Guid caseId) => new(ProblemKind.NotFound, $"案件 {caseId} 不存在");

    public static Problem UnknownKind(string kind) => new(ProblemKind.NotFound,
        $"没有名为“{kind}”的执法文书。可生成的文书：{string.Join("、", DocumentTemplates.All.Select(t => t.Kind))}");

    /// <summary>409: the case has not reached the step the document records.</summary>
    public static Problem NotYet(string missing) => new(ProblemKind.Conflict, missing);

    /// <summary>503: the font is missing or unusable; the message names the Debian package.</summary>
    public static Problem NoFont(string message) => new(ProblemKind.Unavailable, message);
}

/// <summary>A PDF to send, with the name to offer for saving it.</summary>
public sealed record PdfFile(string FileName, byte[] Content);
