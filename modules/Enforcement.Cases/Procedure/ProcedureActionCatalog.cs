using Enforcement.Cases.Cases;
using Enforcement.Cases.Procedure.Actions;

namespace Enforcement.Cases.Procedure;

/// <summary>The Chinese names and inputs of the penalty-procedure and clock actions (see <see cref="CaseActionCatalog"/>).</summary>
internal static class ProcedureActionCatalog
{
    private static readonly ActionOption[] PartyKinds = [new("individual", "公民"), new("organisation", "法人或其他组织")];
    private static readonly ActionOption[] SimplePenalties = [new("warning", "警告"), new("fine", "罚款")];
    private static readonly ActionOption[] AllPenalties = [.. SimplePenalties, new("no-penalty", "不予行政处罚")];
    private static readonly ActionOption[] Harms =
        [new("none", "无危害后果"), new("slight", "轻微"), new("ordinary", "一般"), new("serious", "严重")];

    private static readonly ActionField[] Party =
    [
        new("party.name", "当事人姓名或名称", "text", true),
        new("party.kind", "当事人类型", "choice", true, PartyKinds),
        new("party.idNumber", "身份证件号码或统一社会信用代码", "text", false),
        new("party.address", "住址或住所", "text", false),
        new("party.representative", "法定代表人（负责人）", "text", false),
    ];

    private static readonly ActionField[] Circumstances =
    [
        new("circumstances.firstOffence", "初次违法", "checkbox", false),
        new("circumstances.correctedPromptly", "及时改正", "checkbox", false),
        new("circumstances.harm", "危害后果", "choice", false, Harms),
        new("circumstances.mitigatedHarm", "主动消除或者减轻危害后果", "checkbox", false),
        new("circumstances.noFault", "有证据足以证明没有主观过错", "checkbox", false),
        new("circumstances.repeat", "再次违法或拒不改正", "checkbox", false),
    ];

    /// <summary>The Chinese name of each action, for its form and for the timeline (<see cref="ActionNames"/>).</summary>
    private static readonly Dictionary<string, string> Names = new()
    {
        ["simple-decision"] = "当场处罚（简易程序）",
        ["file"] = "立案（普通程序）",
        ["investigate"] = "调查终结",
        ["correction"] = "责令（限期）改正",
        ["notify"] = "行政处罚事先告知",
        ["statement"] = "记录陈述申辩",
        ["request-hearing"] = "记录听证申请",
        ["schedule-hearing"] = "通知听证",
        ["hold-hearing"] = "记录听证",
        ["legal-review"] = "法制审核",
        ["extend"] = "批准延长作出决定期限",
        ["decide"] = "作出处罚决定",
        ["serve"] = "送达",
        ["pay"] = "记录缴纳罚款",
        ["close-proceeding"] = "处罚案件结案",
        ["drop"] = "撤销立案 / 不予处罚",
        ["archive"] = "归档",
        ["pause-clock"] = "暂停时限",
        ["resume-clock"] = "恢复时限",
        ["extend-clock"] = "延长时限",
    };

    /// <summary>The Chinese name of a procedure or clock action, or null when the code is none of them.</summary>
    public static string? Name(string code) => Names.GetValueOrDefault(code);

    public static (string Name, IReadOnlyList<ActionField> Fields) Spec(Case c, string code) =>
        (Name(code) ?? throw NoSuchAction(code), Fields(c, code));

    private static IReadOnlyList<ActionField> Fields(Case c, string code) => code switch
    {
        "simple-decision" =>
        [
            new("officers", "执法人员（至少两人，持有效执法证）", "officers", true), .. Party,
            new("facts", "违法事实", "textarea", true), new("violationOn", "违法行为发生日期", "date", false),
            new("kind", "处罚种类", "choice", true, SimplePenalties),
            new("amount", "罚款金额（元）", "money", false, Hint: "公民不超过 200 元、法人或其他组织不超过 3000 元（《行政处罚法》第五十一条）"),
            .. Circumstances,
        ],
        "file" =>
        [
            new("officers", "承办执法人员（至少两人，持有效执法证）", "officers", true), .. Party,
            new("facts", "涉嫌违法事实", "textarea", true), new("violationOn", "违法行为发生日期", "date", true),
            new("violationEndedOn", "违法行为终了日期（连续或继续状态）", "date", false),
            new("longTimeBarReason", "适用五年时效的理由（涉及生命健康安全、金融安全且有危害后果）", "textarea", false),
        ],
        "investigate" =>
            [new("officers", "调查人员（至少两人）", "officers", true), new("summary", "调查取证情况", "textarea", true)],
        "correction" =>
            [new("requirement", "责令改正内容", "textarea", true), new("deadline", "改正期限", "date", true)],
        "notify" =>
            [new("kind", "拟作出的处罚种类", "choice", true, SimplePenalties), new("amount", "拟罚款金额（元）", "money", false)],
        "statement" =>
            [new("statement", "陈述、申辩意见", "textarea", false), new("waived", "当事人明确放弃陈述申辩和听证", "checkbox", false)],
        "request-hearing" => [new("requestedOn", "提出日期", "date", false)],
        "schedule-hearing" =>
            [new("at", "听证时间", "datetime", true), new("place", "听证地点", "text", true), new("host", "听证主持人（非本案调查人员）", "text", true)],
        "hold-hearing" =>
            [new("partyAppeared", "当事人到场", "checkbox", false), new("record", "听证笔录要点", "textarea", true)],
        "legal-review" =>
            [new("passed", "审核通过", "checkbox", false), new("opinion", "审核意见", "textarea", true)],
        "extend" =>
            [new("days", "延长天数", "number", true), new("reason", "延长理由", "textarea", true), new("basis", "依据（法律、法规、规章条款）", "text", true)],
        "decide" =>
        [
            new("kind", "处罚种类", "choice", true, AllPenalties), new("amount", "罚款金额（元）", "money", false),
            new("deviationReason", "超出裁量基准的理由", "textarea", false), new("text", "决定补充内容或不予处罚理由", "textarea", false),
            .. Circumstances,
        ],
        "serve" =>
        [
            new("method", "送达方式", "choice", true, [.. ExecutionSteps.ServiceMethods.Select(m => new ActionOption(m, m))]),
            new("recipient", "受送达人", "text", true), new("place", "送达地点", "text", false),
        ],
        "pay" => [new("paidOn", "缴款日期", "date", true), new("amount", "缴款金额（元，含加处罚款）", "money", true)],
        "close-proceeding" => [new("note", "结案说明", "textarea", false)],
        "drop" => [new("note", "理由", "textarea", true)],
        "archive" => [],
        "pause-clock" => [Clock(c, paused: false), new("reason", "暂停理由", "textarea", true)],
        "resume-clock" => [Clock(c, paused: true), new("reason", "恢复理由", "textarea", true)],
        "extend-clock" =>
            [Clock(c, paused: false), new("units", "延长量（分钟或天，按该时限的计算方式）", "number", true), new("reason", "延长理由", "textarea", true)],
        _ => throw NoSuchAction(code),
    };

    private static ArgumentOutOfRangeException NoSuchAction(string code) => new(nameof(code), code, "no such case action");

    private static ActionField Clock(Case c, bool paused) => new("kind", "时限", "choice", true,
        [.. c.Clocks.Where(k => k.StoppedAt is null && (k.PausedAt is not null) == paused).Select(k => new ActionOption(k.Kind, k.Name))]);
}
