using Enforcement.Documents.Fonts;
using Enforcement.Documents.Templates;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Messages.Evidence;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Documents.Rendering;

/// <summary>One standard document of a case as PDF, or why it cannot be made yet.</summary>
[ModuleService]
internal sealed class RenderDocument(IMediator mediator, DocumentRenderer renderer, TimeProvider clock)
{
    public async Task<Result<PdfFile>> RunAsync(Guid caseId, string kind, CancellationToken ct)
    {
        if (DocumentTemplates.Find(kind) is not { } template) return DocumentProblems.UnknownKind(kind);
        var c = await mediator.Send(new GetCaseFile(caseId), ct);
        if (c is null) return DocumentProblems.CaseNotFound(caseId);
        if (template.Missing(c) is { } missing) return DocumentProblems.NotYet(missing);

        var evidence = template.UsesEvidence ? await mediator.Send(new ListCaseEvidence(caseId), ct) : [];
        try
        {
            var pdf = renderer.Render(template, new DocumentInput(c, evidence), clock.GetUtcNow());
            return new PdfFile(FileNames.For(template.Name(c), c.CaseNumber), pdf);
        }
        catch (DocumentFontException e)
        {
            return DocumentProblems.NoFont(e.Message);
        }
    }
}
