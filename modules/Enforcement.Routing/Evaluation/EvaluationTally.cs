namespace Enforcement.Routing.Evaluation;

/// <summary>The counts behind the three figures, and the misses to print.</summary>
internal sealed class EvaluationTally
{
    public int Cases { get; private set; }
    public int DepartmentHits { get; private set; }
    public int Enforcement { get; private set; }
    public int ItemTop3Hits { get; private set; }
    public int NonEnforcement { get; private set; }
    public int NonEnforcementRecognised { get; private set; }
    public int WronglyDismissed { get; private set; }
    public List<string> Misses { get; } = [];

    public static double Percent(int hits, int total) => total == 0 ? 0 : 100.0 * hits / total;

    public void Add(EvaluationCase c, string? topDepartment, IReadOnlyList<string> top3, string? notEnforcement)
    {
        Cases++;
        var departmentHit = c.IsEnforcement ? notEnforcement is null && topDepartment == c.Department : notEnforcement is not null;
        if (departmentHit) DepartmentHits++;
        var itemHit = true;
        if (c.IsEnforcement)
        {
            Enforcement++;
            itemHit = notEnforcement is null && top3.Any(code => c.Items?.Contains(code) == true);
            if (itemHit) ItemTop3Hits++;
            if (notEnforcement is not null) WronglyDismissed++;
        }
        else
        {
            NonEnforcement++;
            if (notEnforcement is not null) NonEnforcementRecognised++;
        }
        if (departmentHit && itemHit) return;
        var got = notEnforcement is not null ? $"非执法事项（{notEnforcement}）" : $"{topDepartment ?? "无建议"} [{string.Join(", ", top3)}]";
        var expected = c.IsEnforcement ? $"{c.Department} [{string.Join(", ", c.Items ?? [])}]" : "非执法事项";
        Misses.Add($"  ✗ {c.Text}\n      期望：{expected}\n      实得：{got}");
    }

    public void Print(TextWriter output)
    {
        output.WriteLine($"评估样本：{Cases} 条（执法事项 {Enforcement} 条，非执法事项 {NonEnforcement} 条）");
        output.WriteLine($"首位部门准确率（top-1 department）：{Percent(DepartmentHits, Cases):0.0}%（{DepartmentHits}/{Cases}）");
        output.WriteLine($"前三事项命中率（top-3 item）：{Percent(ItemTop3Hits, Enforcement):0.0}%（{ItemTop3Hits}/{Enforcement}）");
        output.WriteLine($"非执法事项识别率：{Percent(NonEnforcementRecognised, NonEnforcement):0.0}%（{NonEnforcementRecognised}/{NonEnforcement}）；" +
                         $"执法事项被误判为非执法：{WronglyDismissed} 条");
        output.WriteLine(Misses.Count == 0 ? "未命中：无" : $"未命中（{Misses.Count} 条）：");
        foreach (var miss in Misses) output.WriteLine(miss);
    }
}
