using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using Enforcement.Shared.Rules;
using MediatR;

namespace Enforcement.Modules.Faulty;

/// <summary>A module whose triage handler always throws, or hangs when the text asks it to.</summary>
public sealed class FaultyModule : IDepartmentModule
{
    public string Key => "faulty";
    public string Name => "故障测试模块";
    public DepartmentKind Kind => DepartmentKind.Liaison;
    public Version Version => new(1, 0, 0);

    public IReadOnlyList<EnforcementItem> Items =>
    [
        new("FT-001", "测试事项", "faulty", "测试", new LegalBasis("行政处罚法", 1), new LegalBasis("行政处罚法", 1),
            new PenaltyRange("测试"), "FT-F", new KeywordRule(["烧烤"])),
    ];

    public IReadOnlyList<FormDefinition> Forms => [new("FT-F", "测试表单", [new FormField("x", "x", FieldType.Text)])];
    public IReadOnlyList<Type> Handlers => [typeof(ThrowingTriageHandler)];
}

internal sealed class ThrowingTriageHandler : INotificationHandler<ComplaintTriageRequested>
{
    public async Task Handle(ComplaintTriageRequested notification, CancellationToken cancellationToken)
    {
        if (notification.Text.Contains("卡住")) await Task.Delay(TimeSpan.FromMinutes(5), CancellationToken.None);
        throw new InvalidOperationException("模拟的模块故障");
    }
}
