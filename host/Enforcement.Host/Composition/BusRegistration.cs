using System.Reflection;
using Autofac;
using Enforcement.Host.Plugins;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Host.Composition;

/// <summary>
/// Wires MediatR 5 into Autofac: the core modules' handlers, the enabled department modules'
/// declared handlers, the transaction behaviour and the module-isolation decorator.
/// </summary>
internal static class BusRegistration
{
    public static void Register(ContainerBuilder builder, IReadOnlyList<Assembly> coreAssemblies, LoadedModules modules)
    {
        var handlerTypes = coreAssemblies.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsInterface: false } && t.GetInterfaces().Any(ModuleContentChecks.IsBusHandler))
            .Concat(modules.All.SelectMany(m => m.Handlers))
            .ToList();
        AssertOneHandlerPerRequest(handlerTypes, modules);

        builder.RegisterType<Mediator>().As<IMediator>().InstancePerLifetimeScope();
        builder.Register<ServiceFactory>(ctx =>
        {
            var context = ctx.Resolve<IComponentContext>();
            return t => context.Resolve(t);
        }).InstancePerLifetimeScope();
        builder.RegisterTypes(handlerTypes.ToArray()).AsImplementedInterfaces().InstancePerDependency();
        builder.RegisterGeneric(typeof(TransactionBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        builder.RegisterGenericDecorator(typeof(ModuleQueryIsolation<>), typeof(INotificationHandler<>));
        builder.RegisterInstance(modules).As<ILoadedModules>();
    }

    /// <summary>Autofac would silently let the last of two handlers win; refuse to start instead.</summary>
    public static void AssertOneHandlerPerRequest(IEnumerable<Type> handlerTypes, LoadedModules modules)
    {
        var clashes = handlerTypes
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
                .Select(i => (Request: i.GetGenericArguments()[0], Handler: t)))
            .GroupBy(x => x.Request)
            .Where(g => g.Count() > 1)
            .ToList();
        if (clashes.Count == 0) return;

        var problems = clashes.Select(g =>
        {
            var owners = g.Select(x => $"{x.Handler.FullName}（{modules.OwnerOf(x.Handler)?.Key ?? "核心"}）").ToList();
            return new PluginConfigurationException(g.Select(x => modules.OwnerOf(x.Handler)?.Key).FirstOrDefault(k => k is not null),
                $"请求 {g.Key.Name} 有 {owners.Count} 个处理器：{string.Join("、", owners)}。每个请求只能有一个处理器：请停用或修改其中一个模块。");
        }).ToList();
        throw PluginConfigurationException.Many(problems);
    }
}
