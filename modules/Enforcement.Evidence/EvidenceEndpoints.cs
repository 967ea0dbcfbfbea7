using Enforcement.Shared.Primitives;
using Enforcement.Evidence.Kinds;
using Enforcement.Evidence.Persistence;
using Enforcement.Evidence.Read;
using Enforcement.Evidence.Upload;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Messages.Cases;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Evidence;

internal static class EvidenceEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<EvidenceOptions>();

        var upload = app.MapGroup("/api/cases/{caseId:guid}/evidence").WithTags("证据").RequireAuthorization(Policies.ActOnCase).VisibleCasesOnly("caseId");
        upload.MapPost("/", UploadEndpoint.HandleAsync)
            .WithMetadata(new UploadSizeLimit(options.RequestLimit))
            .WithSummary("上传证据（multipart/form-data）：file、step、kind、capturedAt、officer，可选 location、latitude、longitude、description")
            .WithDescription($"证据类型 kind：{EvidenceKinds.Choices}。按 SHA-256 内容寻址保存，永不覆盖、永不删除。"
                + $"大小上限：{string.Join("，", options.MaxBytes.Select(m => $"{EvidenceKinds.Name(m.Key)} {EvidenceOptions.Describe(m.Value)}"))}。");

        var read = app.MapGroup("/api").WithTags("证据").RequireAuthorization(Policies.ReadCases);
        read.MapGet("/cases/{caseId:guid}/evidence", ListAsync).VisibleCasesOnly("caseId").WithSummary("案件的证据清单（含哈希、大小、类型），按上传先后");
        read.MapGet("/evidence/{id:guid}", GetAsync).WithSummary("单个证据的元数据");
        read.MapGet("/evidence/{id:guid}/content", DownloadContent.HandleAsync)
            .WithSummary("下载证据文件：先校验 SHA-256，不符则拒绝并记录完整性告警");
    }

    private static async Task<IResult> ListAsync(Guid caseId, IMediator mediator, EvidenceDbContext db, CancellationToken ct)
    {
        if (await mediator.Send(new GetCaseHeader(caseId), ct) is null) return CaseVisibility.NotFound(caseId);
        var list = await EvidenceQueries.OfCase(db, caseId).ToListAsync(ct);
        return Results.Ok(list.Select(EvidenceView.Of));
    }

    private static async Task<IResult> GetAsync(Guid id, EvidenceDbContext db, ICurrentActor actor, IMediator mediator, CancellationToken ct)
    {
        var a = await EvidenceQueries.VisibleAsync(db, id, actor, mediator, ct);
        return a is null ? EvidenceQueries.NotFound(id) : Results.Ok(EvidenceView.Of(a));
    }

    /// <summary>
    /// Raises Kestrel's request-body limit (30 MB by default) for the upload alone, to the largest
    /// configured file plus the form; the routing middleware applies it before the body is read.
    /// </summary>
    private sealed class UploadSizeLimit(long bytes) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize { get; } = bytes;
    }
}
