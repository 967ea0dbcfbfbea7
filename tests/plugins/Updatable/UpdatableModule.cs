using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Updatable;

/// <summary>A module shipped in two builds: 1.0.0, and 1.1.0 with a one-time update step.</summary>
public sealed class UpdatableModule : IDepartmentModule
{
    public string Key => "updatable";
    public string Name => "升级测试模块";
    public DepartmentKind Kind => DepartmentKind.Liaison;
#if V2
    public Version Version => new(1, 1, 0);
    public IReadOnlyList<IModuleUpdate> Updates => [new RenameFormStep()];
#else
    public Version Version => new(1, 0, 0);
#endif

    public IReadOnlyList<EnforcementItem> Items =>
    [
        new("UP-001", "升级测试事项", "updatable", "测试", new LegalBasis("行政处罚法", 1), new LegalBasis("行政处罚法", 1),
            new PenaltyRange("测试"), "UP-F", new KeywordRule(["升级测试"])) { DefaultMode = DelegationMode.Joint },
    ];

    public IReadOnlyList<FormDefinition> Forms => [new("UP-F", "测试表单", [new FormField("x", "x", FieldType.Text)])];
    public IReadOnlyList<Type> Handlers => [];
}

#if V2
internal sealed class RenameFormStep : IModuleUpdate
{
    public Version To => new(1, 1, 0);
    public string Description => "测试表单字段更名";

    public Task ApplyAsync(ModuleUpdateContext context, CancellationToken cancellationToken)
    {
        context.Log("已执行 1.1.0 升级步骤");
        return Task.CompletedTask;
    }
}
#endif
