using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Host.Plugins;

/// <summary>Checks what the loaded modules declare: unique item codes, forms that exist, real handlers.</summary>
internal static class ModuleContentChecks
{
    public static void Run(IReadOnlyList<IDepartmentModule> modules, Action<string?, string> fail)
    {
        var owners = new Dictionary<string, string>();
        foreach (var module in modules)
        {
            foreach (var item in module.Items)
            {
                if (owners.TryGetValue(item.Code, out var other))
                    fail(module.Key, $"执法事项编号 {item.Code} 同时由模块 {other} 和 {module.Key} 声明：一个编号只能属于一个模块，请修改其中一个模块的事项编号或停用其中一个模块。");
                else owners[item.Code] = module.Key;
                if (item.Department != module.Key)
                    fail(module.Key, $"模块 {module.Key} 的事项 {item.Code} 标明的部门是 {item.Department}：事项的部门须为其所属模块。");
                if (module.Forms.All(f => f.Code != item.FormCode))
                    fail(module.Key, $"模块 {module.Key} 的事项 {item.Code} 引用的表单 {item.FormCode} 不存在。");
            }
            foreach (var handler in module.Handlers)
                if (!handler.GetInterfaces().Any(IsBusHandler))
                    fail(module.Key, $"模块 {module.Key} 声明的处理器 {handler.Name} 不是总线处理器（INotificationHandler 或 IRequestHandler）。");
        }
    }

    public static bool IsBusHandler(Type i) => i.IsGenericType &&
        (i.GetGenericTypeDefinition() == typeof(INotificationHandler<>) || i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>));
}
