using Enforcement.Modules.Culture.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;
using static Enforcement.Shared.Catalogue.EvidenceKind;

namespace Enforcement.Modules.Culture.Items;

/// <summary>
/// The culture module's items (文化广电新闻出版局, a liaison department: every item is 联合执法). Citations
/// follow the texts in shared/reference/statutes; penalty wordings are copied verbatim from the penalty
/// provision.
/// </summary>
/// <remarks>
/// <para>
/// 网吧 (互联网上网服务营业场所) are NOT 娱乐场所: 娱乐场所管理条例 第二条 defines 娱乐场所 as 歌舞、游艺 places,
/// and 网吧 have their own regulation (互联网上网服务营业场所管理条例), which is not among the reference
/// texts. The 娱乐场所 items veto 网吧 words; the one 网吧 item (WH-WB-001) cites that regulation marked
/// to be checked against the current text, and states no figure.
/// </para>
/// <para>
/// Where a penalty article fines a multiple of 违法所得 / 违法经营额 and, below a threshold, a fixed band,
/// <see cref="PenaltyRange.Fine"/> is that fixed band: it is the only figure the article states, and the
/// wording keeps the multiple beside it.
/// </para>
/// <para>
/// SimpleProcedureAllowed (行政处罚法 第五十一条: a warning, or ≤ 200 yuan for individuals / ≤ 3,000 yuan
/// for organisations) is false wherever the article makes confiscation (没收) or 取缔 part of the penalty:
/// those cannot be decided on the spot, whatever the fine.
/// </para>
/// </remarks>
internal static class CultureItems
{
    private const string Dept = CultureModule.ModuleKey;

    private const string Venues = "娱乐场所管理条例";
    private const string Publishing = "出版管理条例";
    private const string Copyright = "著作权法";
    private const string InternetCafeRegulation = "互联网上网服务营业场所管理条例";
    private const string NotInReferenceTexts = "本系统未收录该条例文本，条文序号与罚则待核对现行文本";

    /// <summary>Internet cafés: a separate regulation, not in the reference texts (see remarks).</summary>
    private static readonly string[] InternetCafe = ["网吧", "网咖", "上网", "网络会所", "电竞馆", "电竞酒店"];

    /// <summary>Noise: the environment module's matter (社会生活噪声), not a licensing one.</summary>
    private static readonly string[] Noise = ["吵", "噪音", "噪声", "扰民", "分贝"];

    /// <summary>歌舞娱乐场所.</summary>
    private static readonly string[] SingingVenues =
        ["KTV", "ktv", "Ktv", "K歌", "歌厅", "歌舞厅", "舞厅", "夜总会", "迪厅", "迪吧", "卡拉OK", "量贩式", "娱乐会所", "夜场", "娱乐场所"];

    /// <summary>游艺娱乐场所.</summary>
    private static readonly string[] ArcadeVenues =
        ["游戏厅", "电玩城", "电玩厅", "电玩", "游艺厅", "游艺场", "游戏机厅", "街机厅", "街机", "游戏机"];

    private static readonly string[] MinorWords =
        ["未成年", "小孩", "孩子", "学生", "初中", "高中", "小学", "校服", "十几岁", "少年", "娃"];

    private static readonly string[] LicenceWords =
        ["无证", "没证", "没有证", "没有许可证", "无许可证", "没有办证", "没办证", "许可证", "黑店", "地下", "私人", "偷偷", "家里开"];

    private static readonly string[] SignWords =
        ["禁入标志", "未成年人禁入", "禁止未成年人", "警示标志", "禁毒标志", "举报电话", "标志", "标识", "牌子"];

    // Employing minors (第二十四条) is fined by the labour inspectorate (第五十二条), not by culture.
    private static readonly string[] EmploymentWords = ["招用", "雇", "打工", "上班", "当服务员", "童工", "招工"];

    // 赌博功能的游戏机 (第十九条) is fined by the public security organ (第四十五条).
    private static readonly string[] GamblingWords = ["赌", "老虎机", "推币", "捕鱼机", "押分", "兑奖", "回购奖品"];

    // 第二十八条's hours: phrases that say a venue is open in the small hours.
    private static readonly string[] LateHours =
    [
        "营业到凌晨", "开到凌晨", "唱到凌晨", "玩到凌晨", "营业到天亮", "开到天亮", "唱到天亮", "通宵营业", "通宵唱",
        "通宵开", "凌晨还在营业", "凌晨还营业", "凌晨还开", "还在营业", "超时营业", "营业时间", "半夜还开", "半夜还在营业",
        "凌晨两点以后", "凌晨2点以后", "两点以后", "2点以后", "凌晨三点", "凌晨3点", "凌晨四点", "凌晨4点", "凌晨五点", "凌晨5点",
    ];

    private static KeywordRule Words(string[] keywords, string[] context, string[] excludes) =>
        new(keywords) { Context = context, Excludes = excludes };

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
        // ---- 娱乐场所 ----
        new("WH-YL-001", "未经许可擅自从事娱乐场所经营活动", Dept, "娱乐场所",
            new LegalBasis(Venues, 9, 1), new LegalBasis(Venues, 41),
            new PenaltyRange("由文化主管部门依法予以取缔"),
            CultureForms.Venue,
            Words([.. SingingVenues, .. ArcadeVenues, "无证KTV", "黑KTV", "无证歌厅", "黑歌厅", "无证游戏厅", "黑游戏厅", "娱乐经营许可证"],
                LicenceWords,
                [.. InternetCafe, .. Noise, .. MinorWords, .. SignWords, .. GamblingWords, .. LateHours]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = DelegationMode.Joint,
        },
        new("WH-YL-002", "歌舞娱乐场所接纳未成年人", Dept, "娱乐场所",
            new LegalBasis(Venues, 23, 1), new LegalBasis(Venues, 48, Clause: 3),
            new PenaltyRange("没收违法所得和非法财物，并处违法所得1倍以上3倍以下的罚款；没有违法所得或者违法所得不足1万元的，并处1万元以上3万元以下的罚款；情节严重的，责令停业整顿1个月至6个月")
            {
                Fine = new FineBand(10000, 30000),
            },
            CultureForms.Minors,
            Words(SingingVenues,
                [.. MinorWords, "身份证", "进去", "放进", "接待", "陪唱", "喝酒"],
                [.. InternetCafe, .. Noise, .. ArcadeVenues, .. EmploymentWords, .. SignWords, "禁入", "标志"]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = DelegationMode.Joint,
        },
        new("WH-YL-003", "游艺娱乐场所设置的电子游戏机在国家法定节假日外向未成年人提供", Dept, "娱乐场所",
            new LegalBasis(Venues, 23, 1), new LegalBasis(Venues, 48, Clause: 4),
            new PenaltyRange("没收违法所得和非法财物，并处违法所得1倍以上3倍以下的罚款；没有违法所得或者违法所得不足1万元的，并处1万元以上3万元以下的罚款；情节严重的，责令停业整顿1个月至6个月")
            {
                Fine = new FineBand(10000, 30000),
            },
            CultureForms.Minors,
            Words(ArcadeVenues,
                [.. MinorWords, "放学", "逃课", "上学", "平时", "工作日", "周一", "周二", "周三", "周四", "周五"],
                [.. InternetCafe, .. Noise, .. SingingVenues, .. EmploymentWords, .. SignWords, .. GamblingWords, "禁入", "标志", "无证", "没证"]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = DelegationMode.Joint,
        },
        new("WH-YL-004", "娱乐场所在每日凌晨2时至上午8时的禁止营业时间内营业", Dept, "娱乐场所",
            new LegalBasis(Venues, 28), new LegalBasis(Venues, 49, Clause: 2),
            new PenaltyRange("责令改正，给予警告；情节严重的，责令停业整顿1个月至3个月"),
            CultureForms.Venue,
            Words(LateHours,
                [.. SingingVenues, .. ArcadeVenues, "营业", "唱歌", "包厢", "酒吧"],
                [.. InternetCafe, "饭店", "餐馆", "餐厅", "烧烤", "大排档", "夜宵", "超市", "便利店", "药店", "工地", "施工", "装修", "卸货", "广场舞", "麻将", "棋牌", "洗浴", "足浴"]))
        {
            // Warning only: 行政处罚法 第五十一条 allows the simple procedure.
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Photo, Video],
            DefaultMode = DelegationMode.Joint,
        },
        new("WH-YL-005", "娱乐场所未按照规定悬挂警示标志、未成年人禁入或者限入标志", Dept, "娱乐场所",
            new LegalBasis(Venues, 30), new LegalBasis(Venues, 51),
            new PenaltyRange("责令改正，给予警告"),
            CultureForms.Venue,
            Words([.. SingingVenues, .. ArcadeVenues, "禁入标志", "未成年人禁入", "限入标志", "警示标志"],
                [.. SignWords, "没挂", "没有挂", "未悬挂", "没贴", "没有贴", "看不到", "找不到"],
                [.. InternetCafe, .. Noise, .. GamblingWords]))
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,   // a sign not hung, put up at once: the textbook 首违不罚 case
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 出版物发行 ----
        // TSV row 50 labels 第六十一条 “非法出版物销售”; its review note is right that 第六十一条 reaches only
        // unlicensed 发行; pirated copies are WH-BQ-001.
        new("WH-CB-001", "未经批准，擅自从事出版物发行业务（无《出版物经营许可证》销售出版物）", Dept, "出版物发行",
            new LegalBasis(Publishing, 35, 2), new LegalBasis(Publishing, 61),
            new PenaltyRange("没收出版物、违法所得和从事违法活动的专用工具、设备，违法经营额1万元以上的，并处违法经营额5倍以上10倍以下的罚款，违法经营额不足1万元的，可以处5万元以下的罚款")
            {
                Fine = new FineBand(0, 50000),
            },
            CultureForms.Publication,
            Words(["卖书", "书摊", "书店", "书亭", "报刊亭", "卖杂志", "卖报刊", "卖报纸", "卖教辅", "卖图书", "出版物", "旧书摊", "图书批发"],
                ["无证", "没证", "没有证", "没有许可证", "出版物经营许可证", "摆摊", "地摊", "路边", "流动", "学校门口", "批发"],
                ["盗版", "翻印", "盗印", "复印", "影印", "假冒", "冒用", "伪造", "假书", "非法出版物", "出版社是假的", "没有出版社", "光盘", "碟", "DVD", "淫秽", "反动"]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = DelegationMode.Joint,
        },
        // ---- 网吧 ----
        // 网吧 (互联网上网服务营业场所) have their own regulation, which the reference texts do not hold. The
        // citation is marked to be checked against the current text, and no figure is stated from it.
        new("WH-WB-001", "互联网上网服务营业场所（网吧）接纳未成年人进入营业场所", Dept, "网络文化",
            new LegalBasis(InternetCafeRegulation, 21) { CheckNote = NotInReferenceTexts },
            new LegalBasis(InternetCafeRegulation, 31, Clause: 2) { CheckNote = NotInReferenceTexts },
            new PenaltyRange("由文化行政部门给予警告，可以并处罚款；情节严重的，责令停业整顿，直至吊销《网络文化经营许可证》（概述，非原文：本系统未收录该条例文本，条文与罚款数额待核对现行文本）"),
            CultureForms.Minors,
            Words(InternetCafe, [.. MinorWords, "身份证", "登记", "包夜", "通宵"], [.. SingingVenues, .. ArcadeVenues, .. EmploymentWords]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 著作权 ----
        // 第五十三条 reaches the administration only where the infringement 同时损害公共利益; otherwise it is
        // a civil matter for the right holder (第五十二条).
        new("WH-BQ-001", "未经著作权人许可，复制、发行其作品（销售盗版等侵权复制品），同时损害公共利益", Dept, "著作权",
            new LegalBasis(Copyright, 53, Clause: 1), new LegalBasis(Copyright, 53, Clause: 1),
            new PenaltyRange("责令停止侵权行为，予以警告，没收违法所得，没收、无害化销毁处理侵权复制品以及主要用于制作侵权复制品的材料、工具、设备等，违法经营额五万元以上的，可以并处违法经营额一倍以上五倍以下的罚款；没有违法经营额、违法经营额难以计算或者不足五万元的，可以并处二十五万元以下的罚款")
            {
                Fine = new FineBand(0, 250000),
            },
            CultureForms.Publication,
            Words(["盗版", "翻印", "盗印", "私印", "侵权复制品", "影印版", "复印教材", "复印的教材", "印教材", "山寨书", "翻版"],
                ["书", "教材", "教辅", "卖", "书店", "书摊", "打印店", "复印店", "图文店", "大量", "网上", "光盘", "碟"],
                ["软件激活", "淫秽", "反动"]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = DelegationMode.Joint,
        },
    ];
}
