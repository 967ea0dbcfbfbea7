using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.DuplicateCode;

/// <summary>A module that claims an item code city-management already owns.</summary>
public sealed class DuplicateCodeModule : IDepartmentModule
{
    public string Key => "duplicate-code";
    public string Name => "重复编号测试模块";
    public DepartmentKind Kind => DepartmentKind.Liaison;
    public Version Version => new(1, 0, 0);

    public IReadOnlyList<EnforcementItem> Items =>
    [
        new("CG-YY-001", "重复的事项", "duplicate-code", "测试", new LegalBasis("行政处罚法", 1), new LegalBasis("行政处罚法", 1),
            new PenaltyRange("测试"), "DC-F", new KeywordRule(["测试"])),
    ];

    public IReadOnlyList<FormDefinition> Forms => [new("DC-F", "测试表单", [new FormField("x", "x", FieldType.Text)])];
    public IReadOnlyList<Type> Handlers => [];
}
