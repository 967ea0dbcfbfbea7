namespace Enforcement.Cases.Procedure.Rules;

/// <summary>
/// 行政处罚法 第58条: which decisions need legal review (法制审核) before they are made — a hearing was held
/// (第一款第（二）项), the case is difficult or complex (第（三）项; the brigade's major cases), plus the brigade's
/// own rule that a fine outside the discretion band, or one the system could not check, is reviewed, and a local
/// amount threshold where configured.
/// </summary>
internal static class LegalReviewRule
{
    public static IReadOnlyList<string> Reasons(bool hearingHeld, bool major, bool deviates, bool rangeUnchecked, decimal? amount, decimal? threshold)
    {
        var reasons = new List<string>();
        if (hearingHeld) reasons.Add("经过听证程序（《行政处罚法》第五十八条第一款第（二）项）");
        if (major) reasons.Add("重大复杂案件（《行政处罚法》第五十八条第一款第（三）项）");
        if (deviates) reasons.Add("罚款超出裁量基准区间");
        if (rangeUnchecked) reasons.Add("罚款幅度由地方规定或按倍数计算，系统未能自动核对");
        if (threshold is { } t && amount >= t) reasons.Add($"罚款达到本地法制审核数额 {t:0.##} 元");
        return reasons;
    }

    public static string? Check(IReadOnlyList<string> reasons, bool? reviewPassed) =>
        reasons.Count == 0 || reviewPassed == true
            ? null
            : $"{(reviewPassed == false ? "法制审核未通过" : "未经法制审核")}，不得作出决定（《行政处罚法》第五十八条）；须审核的情形：{string.Join("；", reasons)}";
}
