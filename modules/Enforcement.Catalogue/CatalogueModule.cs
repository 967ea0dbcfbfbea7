using Enforcement.Catalogue.Items;
using Enforcement.Shared.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Catalogue;

/// <summary>执法事项目录 — the loaded department modules and their items.</summary>
public static class CatalogueModule
{
    public static IServiceCollection AddCatalogueModule(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapCatalogueModule(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/modules", (ILoadedModules modules) => Results.Ok(modules.All.Select(m =>
                new ModuleView(m.Key, m.Name, m.Kind.Code(), m.Version.ToString(3), m.Items.Count))))
            .WithTags("部门模块").WithSummary("已加载的部门模块");

        var items = app.MapGroup("/api/items").WithTags("执法事项");
        items.MapGet("/", (string? department, ILoadedModules modules) => Results.Ok(modules.All
                .Where(m => department is null || m.Key == department)
                .SelectMany(m => m.Items.Select(i => ItemView.Of(i, null)))))
            .WithSummary("执法事项清单（含法律依据与处罚幅度）");
        items.MapGet("/{code}", (string code, ILoadedModules modules) =>
            {
                var module = modules.All.FirstOrDefault(m => m.Items.Any(i => i.Code == code));
                if (module is null) return Results.Problem(detail: $"没有编号为 {code} 的执法事项", statusCode: 404, title: "未找到");
                var item = module.Items.Single(i => i.Code == code);
                return Results.Ok(ItemView.Of(item, module.Forms.Single(f => f.Code == item.FormCode)));
            })
            .WithSummary("单个执法事项及其表单");
        return app;
    }
}

public sealed record ModuleView(string Key, string Name, string Kind, string Version, int ItemCount);
