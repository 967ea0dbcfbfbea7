namespace Enforcement.Cases.Cases;

/// <summary>The Chinese name and inputs of each case action, keyed by the action code the procedure allows.</summary>
internal static class CaseActionCatalog
{
    private static readonly ActionOption[] Ratings =
        [new("satisfied", "满意"), new("basically-satisfied", "基本满意"), new("dissatisfied", "不满意")];

    public static CaseActionView Describe(Case c, string code)
    {
        var (name, fields) = Spec(c, code);
        return new CaseActionView(code, name, $"/api/cases/{c.Id}/{code}", fields);
    }

    public static IReadOnlyList<CaseActionView> For(Case c) =>
        CaseStates.AllowedActions(c).Select(code => Describe(c, code)).ToList();

    private static (string Name, IReadOnlyList<ActionField> Fields) Spec(Case c, string code) => code switch
    {
        "dispatch" => ("派遣执法人员", [new("officers", "执法人员（至少两人）", "officers", true)]),
        "arrival" => ("到场签到", [new("location", "到场位置", "location", true, Hint: "时间取服务器时间")]),
        "major" => ("认定为重大复杂案件", [new("reason", "认定理由", "textarea", true)]),
        "opinion" => ("提出处置意见", [new("opinion", "处置意见", "textarea", true)]),
        "result" => ("记录处置结果", [new("data", "处置结果表单", "form", true), new("summary", "处置情况摘要（反馈群众）", "textarea", true)]),
        "close" => ("结案", []),
        "satisfaction" => ("记录群众满意度",
            [new("rating", "满意度", "choice", true, Ratings), new("comment", "群众意见", "textarea", false)]),
        _ => Procedure.ProcedureActionCatalog.Spec(c, code),
    };
}
