using Enforcement.Evidence.Storage;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Messages.Cases;
using MediatR;
using Microsoft.AspNetCore.Http;

namespace Enforcement.Evidence.Upload;

/// <summary>
/// <c>POST /api/cases/{caseId}/evidence</c>: the case is checked before a byte of the file is read,
/// the file is staged while the form is read, every check runs, and only then is it stored and listed.
/// </summary>
internal static class UploadEndpoint
{
    public static async Task<IResult> HandleAsync(Guid caseId, HttpRequest request, IMediator mediator, EvidenceStore store,
        EvidenceOptions options, TimeProvider clock, CancellationToken ct)
    {
        if (CaseRule.Check(caseId, await mediator.Send(new GetCaseHeader(caseId), ct)) is { } caseProblem) return caseProblem.ToHttp();

        var (form, refusal) = await MultipartUpload.ReadAsync(request, store, options, ct);
        if (refusal is not null) return refusal.ToHttp();
        await using (form)
        {
            var (upload, invalid) = UploadValidator.Validate(form!, options, clock.GetUtcNow());
            if (invalid is not null) return invalid.ToHttp();
            var attached = await mediator.Send(new AttachEvidence(caseId, upload!), ct);
            return attached.ToHttp(view => Results.Created(view.Url, view));
        }
    }
}
