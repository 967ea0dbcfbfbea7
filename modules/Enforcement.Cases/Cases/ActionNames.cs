namespace Enforcement.Cases.Cases;

/// <summary>The Chinese name of each recorded case action, for the timeline.</summary>
internal static class ActionNames
{
    public static string Of(string action) => action switch
    {
        "opened" => "案件登记",
        "clock-overdue" => "时限超时",
        "dispatch" or "arrival" or "major" or "opinion" or "result" or "close" or "satisfaction" => CaseActionName(action),
        _ => Procedure.ProcedureActionCatalog.Name(action) ?? action,
    };

    private static string CaseActionName(string action) => action switch
    {
        "dispatch" => "派遣执法人员",
        "arrival" => "到场",
        "major" => "认定为重大复杂案件",
        "opinion" => "提出处置意见",
        "result" => "记录处置结果",
        "close" => "结案",
        _ => "记录满意度",
    };
}
