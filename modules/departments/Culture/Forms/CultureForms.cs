using Enforcement.Shared.Forms;

namespace Enforcement.Modules.Culture.Forms;

/// <summary>The culture module's on-site record forms; similar items share one form.</summary>
internal static class CultureForms
{
    public const string Venue = "WH-F-VENUE";
    public const string Minors = "WH-F-MINORS";
    public const string Publication = "WH-F-PUBLICATION";

    // Option texts the result rules read.
    public const string NoAction = "无需处置";
    public const string Unlicensed = "未取得";
    public const string Licensed = "已取得并出示";
    public const string LicenceNotShown = "未能当场出示";
    public const string PublicHoliday = "是";
    public const string NotPublicHoliday = "否";

    private static FormField Site() => new("site", "检查地点", FieldType.Location);
    private static FormField Photos(bool required = true) => new("photos", "现场照片", FieldType.Photo, required);
    private static FormField Video(bool required = false) => new("video", "现场视频", FieldType.Video, required);
    private static FormField Notes() => new("notes", "情况说明", FieldType.Text, Required: false);
    private static FormField Measure(params string[] options) => FormField.Choice("measure", "处置措施", [.. options, NoAction]);

    public static readonly IReadOnlyList<FormDefinition> All =
    [
        new(Venue, "娱乐场所经营活动现场检查记录",
        [
            Site(),
            new FormField("venueName", "场所名称", FieldType.Text),
            FormField.Choice("venueType", "场所类型", "歌舞娱乐场所（KTV、歌舞厅、夜总会等）", "游艺娱乐场所（游戏厅、电玩城等）"),
            FormField.Choice("licence", "娱乐经营许可证", Licensed, LicenceNotShown, Unlicensed),
            new FormField("observedAt", "检查时间", FieldType.DateTime),
            FormField.Choice("signs", "警示标志、未成年人禁入或者限入标志", "已在显著位置悬挂", "悬挂不全", "未悬挂") with
            {
                Help = "第三十条：大厅、包厢、包间内的显著位置，标志应注明公安部门、文化主管部门的举报电话",
            },
            FormField.Number("customers", "在场消费者", "人", 0, 5000, required: false),
            Measure("责令改正", "给予警告", "立案调查", "提请取缔（擅自经营）", "移送公安部门"),
            Photos(),
            Video(),
            Notes(),
        ]),
        new(Minors, "娱乐场所接纳未成年人现场检查记录",
        [
            Site(),
            new FormField("venueName", "场所名称", FieldType.Text),
            FormField.Choice("venueType", "场所类型", "歌舞娱乐场所（KTV、歌舞厅、夜总会等）", "游艺娱乐场所（游戏厅、电玩城等）"),
            new FormField("observedAt", "检查时间", FieldType.DateTime),
            FormField.Choice("publicHoliday", "检查当日是否国家法定节假日", PublicHoliday, NotPublicHoliday) with
            {
                Help = "第二十三条：游艺娱乐场所的电子游戏机只在国家法定节假日外不得向未成年人提供",
            },
            FormField.Number("minors", "在场未成年人", "人", 0, 500),
            new FormField("ageEvidence", "年龄核实方式", FieldType.MultiChoice)
            {
                Options = ["查验居民身份证", "查验学生证", "询问笔录", "监护人或学校确认", "其他"],
            },
            FormField.Choice("idCheck", "场所查验身份证件情况", "未查验", "查验但仍接纳", "已查验并拒绝进入"),
            Measure("责令改正", "立案调查"),
            Photos(),
            Video(),
            Notes(),
        ]),
        new(Publication, "出版物发行现场检查记录",
        [
            Site(),
            FormField.Choice("seller", "经营者", "单位", "个体工商户", "个人（无固定经营场所）"),
            FormField.Choice("licence", "出版物经营许可证", Licensed, LicenceNotShown, Unlicensed),
            new FormField("problems", "发现的问题", FieldType.MultiChoice)
            {
                Options = ["无证发行出版物", "伪造、假冒出版单位名称或者报纸、期刊名称", "未署出版单位名称", "涉嫌侵犯著作权的复制品（盗版）", "其他"],
            },
            new FormField("titles", "涉案出版物名称", FieldType.Text, Required: false),
            FormField.Number("copies", "现场查见数量", "册（份、件）", 0, 1_000_000),
            FormField.Number("turnover", "违法经营额（已查明的）", "元", 0, 100_000_000, required: false) with
            {
                Help = "违法经营额1万元以上的，罚款按违法经营额的倍数计算；不足1万元的适用定额幅度",
            },
            Measure("责令停止违法行为", "先行登记保存", "立案调查", "移送公安机关（涉嫌犯罪）"),
            Photos(),
            Notes(),
        ]),
    ];
}
