using Enforcement.Documents.Listing;
using Enforcement.Documents.Rendering;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Enforcement.Documents;

internal static class DocumentsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/cases/{id:guid}").WithTags("执法文书").RequireAuthorization(Policies.ReadCases).VisibleCasesOnly();
        documents.MapGet("/documents", async (Guid id, ListDocuments list, CancellationToken ct) =>
                (await list.RunAsync(id, ct)).ToHttp(Results.Ok))
            .WithSummary("案件的标准执法文书：名称、能否生成、缺少的办案环节、下载地址");
        documents.MapGet("/documents/{kind}", async (Guid id, string kind, RenderDocument render, CancellationToken ct) =>
                (await render.RunAsync(id, kind, ct)).ToHttp(Pdf))
            .WithSummary("生成一份执法文书（PDF）：inspection-record、correction-order、prior-notice、decision、service-receipt")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        documents.MapGet("/case-file", async (Guid id, RenderCaseFile render, CancellationToken ct) =>
                (await render.RunAsync(id, ct)).ToHttp(Pdf))
            .WithSummary("生成案件卷宗（PDF）：封面、卷内目录、各执法文书、证据清单（含 SHA-256）、全过程记录（含哈希）")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
    }

    private static IResult Pdf(PdfFile file) => Results.File(file.Content, "application/pdf", file.FileName);
}
