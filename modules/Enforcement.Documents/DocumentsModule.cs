using Enforcement.Documents.Fonts;
using Enforcement.Documents.Rendering;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Documents;

/// <summary>
/// 执法文书 — the standard documents of a case and its archived case file (卷宗) as PDF. It owns no
/// tables: the case (GetCaseFile), its evidence (ListCaseEvidence) and its record (GetRecordOf) arrive
/// over the bus.
/// </summary>
public static class DocumentsModule
{
    public static IServiceCollection AddDocumentsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DocumentsOptions>(configuration.GetSection("Enforcement:Documents"));
        services.AddSingleton<DocumentFont>();
        services.AddSingleton<DocumentRenderer>();
        services.AddHostedService<FontStartupCheck>();
        return services;
    }

    public static IEndpointRouteBuilder MapDocumentsModule(this IEndpointRouteBuilder app)
    {
        DocumentsEndpoints.Map(app);
        return app;
    }
}
