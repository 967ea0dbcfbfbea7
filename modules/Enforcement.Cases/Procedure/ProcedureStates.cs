using Enforcement.Cases.Cases;

namespace Enforcement.Cases.Procedure;

/// <summary>Which penalty-procedure steps the case allows now, in the order 行政处罚法 sets them.</summary>
internal static class ProcedureStates
{
    public static IEnumerable<string> AllowedActions(Case c)
    {
        if (c.ArchivedAt is not null) yield break;
        var p = c.Proceeding;
        if (p is null)
        {
            if (c.Status is CaseStatus.OnSite or CaseStatus.ResultRecorded)
            {
                if (SimpleAllowed(c)) yield return "simple-decision";
                yield return "file";
            }
            if (c.Status == CaseStatus.Closed) yield return "archive";
            yield break;
        }
        if (p.Stage is not (ProceedingStage.Closed or ProceedingStage.Executed) && p.CorrectionIssuedAt is null)
            yield return "correction";
        switch (p.Stage)
        {
            case ProceedingStage.Filed:
                yield return "investigate";
                break;
            case ProceedingStage.Investigated:
                yield return "notify";
                break;
            case ProceedingStage.Notified:
                if (p.StatementAt is null) yield return "statement";
                if (p.HearingRight && p.HearingRequestedAt is null && !p.StatementWaived) yield return "request-hearing";
                if (p.HearingRequestedAt is not null && p.HearingScheduledAt is null) yield return "schedule-hearing";
                if (p.HearingScheduledAt is not null && p.HearingHeldAt is null && !p.HearingWaived) yield return "hold-hearing";
                yield return "legal-review";
                yield return "decide";
                break;
            case ProceedingStage.Decided:
                yield return "serve";
                break;
            case ProceedingStage.Served when p.DecisionKind == Rules.Penalties.Fine:
                yield return "pay";
                break;
            case ProceedingStage.Served:
            case ProceedingStage.Executed:
                yield return "close-proceeding";
                break;
            case ProceedingStage.Closed when c.Status == CaseStatus.Closed:
                yield return "archive";
                break;
        }
        if (p.Kind == ProcedureKind.General && p.Stage is ProceedingStage.Filed or ProceedingStage.Investigated)
            yield return "drop";
        if (p.Kind == ProcedureKind.General && p.Stage < ProceedingStage.Decided) yield return "extend";
    }

    public static bool SimpleAllowed(Case c) => ItemSnapshot.Of(c).SimpleProcedureAllowed;

    public static string Name(ProceedingStage s) => s switch
    {
        ProceedingStage.Filed => "已立案",
        ProceedingStage.Investigated => "调查终结",
        ProceedingStage.Notified => "已告知",
        ProceedingStage.Decided => "已作出决定",
        ProceedingStage.Served => "已送达",
        ProceedingStage.Executed => "已执行",
        _ => "已结案",
    };
}
