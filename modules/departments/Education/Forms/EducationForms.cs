using Enforcement.Shared.Forms;

namespace Enforcement.Modules.Education.Forms;

/// <summary>
/// The on-site records of the education items, which the brigade keeps with the education bureau's
/// liaison officer (联合执法). Every form has a "finding" choice whose no-violation option contains 未发现,
/// and a "measure" choice with 无需处置.
/// </summary>
internal static class EducationForms
{
    public const string Advertising = "JY-F-AD";
    public const string Textbook = "JY-F-TEXTBOOK";

    public const string NoViolation = "现场未发现违法行为";
    public const string NoMeasure = "无需处置";
    public const string FileCase = "联合立案调查";
    public const string PublicInterestAd = "公益广告";
    public const string CommercialAd = "商业广告";

    /// <summary>广告法 第二十四条's three clauses, in order.</summary>
    public static readonly IReadOnlyList<string> TrainingAdClaims =
    [
        "对升学、考试、学位学历、合格证书或者培训效果作保证性承诺",
        "明示或者暗示考试机构及其工作人员、命题人员参与教育、培训",
        "利用科研单位、学术机构、教育机构、行业协会、专业人士、受益者的名义或者形象作推荐、证明",
    ];

    private static FormField Site() => new("site", "现场位置", FieldType.Location);
    private static FormField Finding(string violation) => FormField.Choice("finding", "检查结论", violation, NoViolation);
    private static FormField Photos() => new("photos", "现场照片", FieldType.Photo);
    private static FormField Notes() => new("notes", "情况说明", FieldType.Text, Required: false);

    public static readonly IReadOnlyList<FormDefinition> All =
    [
        new(Advertising, "教育培训广告及校园广告检查记录",
        [
            Site(),
            Finding("现场存在违法广告行为"),
            new FormField("advertiser", "广告主（培训机构或商家）", FieldType.Text, Required: false),
            FormField.Choice("adKind", "广告性质", CommercialAd, PublicInterestAd) with { Required = false },
            new FormField("claims", "教育、培训广告中的禁止内容", FieldType.MultiChoice, Required: false) { Options = TrainingAdClaims },
            FormField.Choice("place", "发布场所或载体", "中小学校内", "幼儿园内", "教材、教辅材料或练习册", "文具或教具",
                "校服或校车", "校外（街面、商户、网络等）") with { Required = false },
            new FormField("adText", "广告内容摘录", FieldType.Text, Required: false),
            FormField.Number("adCost", "广告费用金额", "元", 0, 100_000_000, required: false),
            FormField.Choice("measure", "处置措施", "当场责令改正", "责令停止发布广告", FileCase, NoMeasure),
            Photos(),
            new FormField("sample", "广告样件", FieldType.Photo, Required: false),
            Notes(),
        ]),
        new(Textbook, "中学小学教科书发行检查记录",
        [
            Site(),
            Finding("现场存在违法发行中学小学教科书行为"),
            new FormField("seller", "发行单位或个人", FieldType.Text, Required: false),
            new FormField("title", "教科书名称、版本及出版单位", FieldType.Text, Required: false),
            FormField.Number("copies", "现场教科书数量", "册", 0, 1_000_000, required: false),
            FormField.Number("turnover", "违法经营额", "元", 0, 100_000_000, required: false),
            FormField.Choice("measure", "处置措施", "当场责令停止发行", "先行登记保存", FileCase, NoMeasure),
            Photos(),
            Notes(),
        ]),
    ];
}
