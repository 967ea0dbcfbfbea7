namespace Enforcement.Cases.Procedure.Rules;

/// <summary>
/// 行政处罚法 第60条: the decision is due within 90 days of filing. After that it is recorded only under an
/// extension approved and recorded beforehand (the decision clock then runs to the extended day).
/// </summary>
internal static class DecisionDeadlineRule
{
    public static string? Check(DateTime decisionDueAt, DateTime now, bool extended) =>
        now <= decisionDueAt
            ? null
            : extended
                ? $"已超过经批准延长的作出决定期限（截至 {Local(decisionDueAt)}），须再次批准延长"
                : $"自立案之日起已超过九十日（期限截至 {Local(decisionDueAt)}），未经批准延长不得作出处罚决定（《行政处罚法》第六十条）";

    private static string Local(DateTime utc) => $"{(utc + Shared.Primitives.LocalDay.Offset).AddTicks(-1):yyyy-MM-dd}";
}
