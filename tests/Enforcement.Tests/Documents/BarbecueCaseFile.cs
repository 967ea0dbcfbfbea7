using System.Security.Cryptography;
using System.Text;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Messages.Evidence;
using Enforcement.Shared.Messages.Workforce;

namespace Enforcement.Tests.Documents;

/// <summary>
/// The barbecue case of <see cref="Cases.CaseFlow"/> as the penalty procedure would describe it: item
/// CG-YY-001 (大气污染防治法 第八十一条第三款, penalty 第一百一十八条第三款), inspected on site and fined.
/// </summary>
internal static class BarbecueCaseFile
{
    public const string Party = "刘德胜";
    public const string Facts = "当事人于2026年11月27日在兴隆大街夜市入口人行道上露天烧烤食品，现场有烧烤炉2台，炭火产生的烟尘直接排放。";

    public static CaseFile Inspected(Guid caseId, string number) => new(
        caseId, number, "南苑街道综合行政执法大队", "CG-YY-001", "在禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地",
        "城市管理局", "general", new CaseParty(Party, "individual", "320105197907156617", "南京市建邺区兴隆大街26号", null),
        Facts, ["《大气污染防治法》第八十一条第三款"], ["《大气污染防治法》第一百一十八条第三款"],
        "责令改正，没收烧烤工具和违法所得，并处五百元以上二万元以下的罚款",
        [new ActingOfficer("CG-017", "王建国", "32010001"), new ActingOfficer("CG-023", "李卫东", "32010002")],
        new CaseInspection(At(9, 12), "兴隆大街18号夜市入口", [new("现场存在露天烧烤", "是"), new("烧烤炉数量", "2 台")], "摊主已熄火撤摊。"),
        null, null, null, null, [new CaseStep("arrival", "到场", At(9, 12), "王建国", null)]);

    public static CaseFile Decided(Guid caseId, string number) => Inspected(caseId, number) with
    {
        PriorNotice = new CasePriorNotice(At(10, 0), "罚款人民币一千元", new DateOnly(2026, 12, 2), false, null),
        Decision = new CaseDecision("南苑综执罚决字〔2026〕第0201号", At(11, 0), "fine", 1000m, "没收烧烤工具，并处罚款人民币一千元", 15, null, false),
    };

    public static IReadOnlyList<EvidenceRecord> Evidence(Guid caseId) =>
    [
        new(Guid.NewGuid(), caseId, "arrival", "photo", "烧烤摊现场.jpg", "image/jpeg", 803_114, Sha("烧烤摊现场"), At(9, 13),
            "兴隆大街18号夜市入口", "王建国", At(9, 30), "烧烤炉与炭火"),
    ];

    public static string Sha(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));

    private static DateTimeOffset At(int hour, int minute) => new(2026, 11, 27, hour, minute, 0, TimeSpan.FromHours(8));
}
