using System.Security.Cryptography;
using System.Text;
using Enforcement.Documents.Archive;
using Enforcement.Shared.Messages.Audit;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Messages.Evidence;
using Enforcement.Shared.Messages.Workforce;

namespace Enforcement.Modules.Tests.Documents;

/// <summary>
/// A general-procedure case under catalogue item CG-SR-001 (城市市容和环境卫生管理条例 第十四条, penalty
/// 第三十六条第（二）项): materials piled and a shed built on a pavement, ordered removed, a fine decided
/// after prior notice with a hearing right, served in person.
/// </summary>
internal static class SampleCase
{
    public static readonly Guid Id = Guid.Parse("3f9a1c2b-0d4e-4a7b-9c11-5e2f8a6b7c01");
    public const string Authority = "南苑街道综合行政执法大队";
    public const string PartyName = "张立新";
    public const string PartyAddress = "南京市建邺区兴隆大街18号3幢2单元501室";
    public const string Facts =
        "2026年11月27日9时20分，执法人员在兴隆大街18号东侧人行道巡查时发现，当事人未经城市人民政府市容环境卫生行政主管部门批准，"
        + "擅自在人行道上堆放沙石、砖块等建筑材料，并搭建约12平方米的彩钢板棚屋一间，影响市容。";
    public const string Violated = "《城市市容和环境卫生管理条例》第十四条";
    public const string PenaltyBasis = "《城市市容和环境卫生管理条例》第三十六条第（二）项";
    public const string DecisionNumber = "南苑综执罚决字〔2026〕第0127号";
    public const string DecisionText = "罚款人民币伍仟元";

    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    public static CaseFile General() => new(
        Id, "AJ20261127-3F9A1C2B", Authority, "CG-SR-001",
        "未经批准擅自在街道两侧和公共场地堆放物料，搭建建筑物、构筑物或者其他设施，影响市容", "城市管理局", "general",
        new CaseParty(PartyName, "individual", "320105198503121234", PartyAddress, null),
        Facts, [Violated], [PenaltyBasis], "责令其停止违法行为，限期清理、拆除或者采取其他补救措施，并可处以罚款",
        [new ActingOfficer("CG-017", "王建国", "32010001"), new ActingOfficer("CG-023", "李卫东", "32010002")],
        new CaseInspection(At(11, 27, 9, 20), "南京市建邺区兴隆大街18号东侧人行道",
        [
            new("现场位置", "兴隆大街18号东侧人行道"),
            new("现场存在占用道路或公共场地行为", "是"),
            new("占用方式", "堆放物料、搭建设施"),
            new("占用面积", "12 平方米"),
            new("处置措施", "当场责令停止违法行为，限期清理、拆除"),
        ], "现场堆放沙石约3立方米、砖块约800块，搭建彩钢板棚屋一间，当事人在场，承认系其装修店面所用，未办理任何审批手续。"),
        new CaseCorrectionOrder("清理人行道上堆放的沙石、砖块，拆除擅自搭建的彩钢板棚屋，恢复人行道原状", new DateOnly(2026, 11, 30),
            At(11, 27, 10, 5), PenaltyBasis),
        new CasePriorNotice(At(12, 2, 15, 0), DecisionText, new DateOnly(2026, 12, 7), true, new DateOnly(2026, 12, 9)),
        new CaseDecision(DecisionNumber, At(12, 15, 10, 0), "fine", 5000m, DecisionText, 15, null, false),
        new CaseService(At(12, 16, 14, 30), "直接送达", PartyName, "南京市建邺区兴隆大街18号"),
        [
            new CaseStep("filing", "立案", At(11, 27, 11, 0), "王建国", null),
            new CaseStep("prior-notice", "事先告知", At(12, 2, 15, 0), "王建国", null),
            new CaseStep("decision", "处罚决定", At(12, 15, 10, 0), "李卫东", null),
            new CaseStep("service", "送达", At(12, 16, 14, 30), "王建国", null),
        ]);

    /// <summary>The same matter decided on the spot under the simple procedure (a warning; no notice, no service yet).</summary>
    public static CaseFile OnTheSpot() => General() with
    {
        Procedure = "simple",
        Correction = null,
        PriorNotice = null,
        Decision = new CaseDecision("南苑综执当罚字〔2026〕第0031号", At(11, 27, 9, 40), "warning", null, "警告", 15, null, true),
        Service = null,
    };

    public static IReadOnlyList<EvidenceRecord> Evidence() =>
    [
        Photo("现场照片-人行道堆物.jpg", 1_284_517, "人行道上堆放的沙石、砖块", At(11, 27, 9, 22)),
        Photo("现场照片-彩钢板棚屋.jpg", 1_093_002, "擅自搭建的彩钢板棚屋", At(11, 27, 9, 24)),
        new(Guid.Parse("8d2f0c55-1f57-4d53-8d9e-2c8a3e4f5a61"), Id, "investigation", "video", "执法记录仪-20261127-0921.mp4", "video/mp4",
            48_233_110, Sha("video"), At(11, 27, 9, 21), "兴隆大街18号东侧人行道", "王建国", At(11, 27, 11, 30), "现场检查全过程录像"),
    ];

    public static IReadOnlyList<RecordEntry> Record() =>
    [
        new(12, At(11, 27, 9, 5), "dispatcher-chen", "opened", Sha("record-12")),
        new(13, At(11, 27, 9, 6), "dispatcher-chen", "dispatch", Sha("record-13")),
        new(15, At(11, 27, 9, 18), "CG-017", "arrival", Sha("record-15")),
        new(21, At(11, 27, 11, 0), "CG-017", "filing", Sha("record-21")),
        new(40, At(12, 15, 10, 0), "CG-023", "decision", Sha("record-40")),
    ];

    public static CaseFileInput Archive(CaseFile? c = null) =>
        new(c ?? General(), Evidence(), Record(), At(12, 20, 16, 0), "档案员周敏");

    private static EvidenceRecord Photo(string name, long size, string description, DateTimeOffset at) =>
        new(Guid.NewGuid(), Id, "inspection", "photo", name, "image/jpeg", size, Sha(name), at, "兴隆大街18号东侧人行道", "王建国",
            at.AddHours(2), description);

    private static DateTimeOffset At(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, Cst);

    public static string Sha(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));
}
