namespace Enforcement.Cases.Cases;

/// <summary>The case procedure: which step may follow which, and the names users see.</summary>
internal static class CaseStates
{
    public static string Code(CaseStatus s) => s switch
    {
        CaseStatus.Opened => "opened",
        CaseStatus.Dispatched => "dispatched",
        CaseStatus.OnSite => "on-site",
        CaseStatus.ResultRecorded => "result-recorded",
        _ => "closed",
    };

    public static string Name(CaseStatus s) => s switch
    {
        CaseStatus.Opened => "已立案待派遣",
        CaseStatus.Dispatched => "已派遣",
        CaseStatus.OnSite => "已到场",
        CaseStatus.ResultRecorded => "已处置",
        _ => "已办结",
    };

    /// <summary>The actions the API accepts on the case now; any other is refused with 409.</summary>
    public static IReadOnlyList<string> AllowedActions(Case c)
    {
        var actions = new List<string>();
        if (c.ArchivedAt is not null) return actions;
        switch (c.Status)
        {
            case CaseStatus.Opened: actions.Add("dispatch"); break;
            case CaseStatus.Dispatched: actions.Add("arrival"); break;
            case CaseStatus.OnSite: actions.Add("result"); break;
            case CaseStatus.ResultRecorded: actions.Add("close"); break;
            case CaseStatus.Closed when c.Satisfaction is null: actions.Add("satisfaction"); break;
        }
        if (c.Status is not (CaseStatus.ResultRecorded or CaseStatus.Closed))
        {
            if (!c.IsMajor) actions.Add("major");
            else if (c.OpinionAt is null) actions.Add("opinion");
        }
        actions.AddRange(Procedure.ProcedureStates.AllowedActions(c));
        if (c.Clocks.Any(k => k.StoppedAt is null && k.PausedAt is null)) actions.AddRange(["pause-clock", "extend-clock"]);
        if (c.Clocks.Any(k => k.StoppedAt is null && k.PausedAt is not null)) actions.Add("resume-clock");
        return actions;
    }
}
