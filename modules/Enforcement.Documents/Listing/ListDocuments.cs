using Enforcement.Documents.Templates;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Documents.Listing;

/// <summary>One document of a case: whether it can be made now, and if not, which step is missing.</summary>
public sealed record DocumentEntry(string Kind, string Name, bool Available, string? Missing, string Url, string? Note);

/// <summary>The standard documents of a case, in procedure order, each available or not.</summary>
[ModuleService]
internal sealed class ListDocuments(IMediator mediator)
{
    public async Task<Result<IReadOnlyList<DocumentEntry>>> RunAsync(Guid caseId, CancellationToken ct)
    {
        var c = await mediator.Send(new GetCaseFile(caseId), ct);
        if (c is null) return DocumentProblems.CaseNotFound(caseId);
        return DocumentTemplates.All.Select(t =>
        {
            var missing = t.Missing(c);
            return new DocumentEntry(t.Kind, t.Name(c), missing is null, missing, $"/api/cases/{caseId}/documents/{t.Kind}", t.Note);
        }).ToList();
    }
}
