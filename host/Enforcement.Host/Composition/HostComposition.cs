using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Hangfire;
using Enforcement.Audit;
using Enforcement.Cases;
using Enforcement.Catalogue;
using Enforcement.Evidence;
using Enforcement.Documents;
using Enforcement.Host.Plugins;
using Enforcement.Identity;
using Enforcement.Inbox;
using Enforcement.Open311;
using Enforcement.Routing;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Infrastructure.Persistence;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using Enforcement.Web;
using Enforcement.Workforce;

namespace Enforcement.Host.Composition;

/// <summary>The composition root: loads the modules and wires everything into one container.</summary>
internal static class HostComposition
{
    public static Version HostVersion { get; } = Normalize(typeof(HostComposition).Assembly.GetName().Version!);

    private static Version Normalize(Version v) => new(v.Major, v.Minor, Math.Max(v.Build, 0));

    private static readonly Assembly[] CoreAssemblies =
    [
        typeof(InboxModule).Assembly, typeof(CasesModule).Assembly, typeof(AuditModule).Assembly, typeof(CatalogueModule).Assembly,
        typeof(Open311Module).Assembly, typeof(RoutingModule).Assembly, typeof(IdentityModule).Assembly,
        typeof(WebModule).Assembly,
        typeof(WorkforceModule).Assembly,
        typeof(EvidenceModule).Assembly,
        typeof(DocumentsModule).Assembly,
    ];

    public static WebApplication Build(string[] args)
    {
        // Settings ship beside the binary; paths in them (data, plugins.json) are relative to the
        // working directory, which `dotnet run` sets to the repository root.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var options = builder.Configuration.GetSection("Enforcement").Get<EnforcementHostOptions>() ?? new EnforcementHostOptions();
        var modules = PluginLoader.Load(options.PluginsFile, HostVersion);

        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.Host.ConfigureContainer<ContainerBuilder>(c => BusRegistration.Register(c, CoreAssemblies, modules));

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IDatabaseProvider>(new SqliteDatabaseProvider(options.DatabaseFile));
        services.Scan(scan => scan.FromAssemblies(CoreAssemblies.Append(typeof(UnitOfWork).Assembly))
            .AddClasses(c => c.WithAttribute<ModuleServiceAttribute>(), publicOnly: false).AsSelf().WithScopedLifetime());
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, PrincipalActor>();
        services.Configure<JurisdictionOptions>(builder.Configuration.GetSection("Enforcement"));
        services.AddSingleton(builder.Configuration.GetSection("Enforcement:Bus").Get<BusOptions>() ?? new BusOptions());
        services.AddInboxModule().AddCasesModule(builder.Configuration).AddAuditModule().AddCatalogueModule().AddOpen311Module().AddRoutingModule();
        services.AddWorkforceModule(builder.Configuration);
        services.AddEvidenceModule(builder.Configuration);
        services.AddIdentityModule(builder.Configuration).AddAccessPolicies();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) => new ValueTask(Results.Problem(detail: "请求过于频繁，请稍后再试。",
                statusCode: StatusCodes.Status429TooManyRequests, title: "请求过于频繁").ExecuteAsync(context.HttpContext));
        });
        services.AddDocumentsModule(builder.Configuration);
        services.AddWebModule();
        services.AddHostedService<StartupPreparation>();
        services.AddJobs(options);

        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseIdentityModule();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseStaticFiles();                    // after authorization: only PublicFiles are open without sign-in
        app.MapOpenApi().AllowAnonymous();
        app.MapGet("/health", async (IDatabaseProvider db) =>
        {
            await using var connection = db.CreateConnection();
            return Results.Ok(new { status = "ok", hostVersion = HostVersion.ToString(3) });
        }).WithTags("运行状态").AllowAnonymous();
        app.MapInboxModule().MapCasesModule().MapAuditModule().MapCatalogueModule().MapOpen311Module().MapIdentityModule();
        app.MapWebModule();
        app.MapWorkforceModule();
        app.MapEvidenceModule();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdminDashboardFilter()] })
            .RequireAuthorization(AccessPolicies.JobsDashboard);
        app.MapDocumentsModule();
        return app;
    }
}
