using Enforcement.Documents.Archive;
using Enforcement.Documents.Fonts;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Messages.Audit;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Messages.Evidence;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Documents.Rendering;

/// <summary>The 卷宗 of a case as one PDF: documents, evidence list and record.</summary>
[ModuleService]
internal sealed class RenderCaseFile(IMediator mediator, DocumentRenderer renderer, TimeProvider clock, ICurrentActor actor)
{
    public async Task<Result<PdfFile>> RunAsync(Guid caseId, CancellationToken ct)
    {
        var c = await mediator.Send(new GetCaseFile(caseId), ct);
        if (c is null) return DocumentProblems.CaseNotFound(caseId);
        var evidence = await mediator.Send(new ListCaseEvidence(caseId), ct);
        var record = await mediator.Send(new GetRecordOf("case", caseId.ToString()), ct);
        try
        {
            var pdf = renderer.RenderCaseFile(new CaseFileInput(c, evidence, record, clock.GetUtcNow(), actor.Name));
            return new PdfFile(FileNames.For("卷宗", c.CaseNumber), pdf);
        }
        catch (DocumentFontException e)
        {
            return DocumentProblems.NoFont(e.Message);
        }
    }
}
