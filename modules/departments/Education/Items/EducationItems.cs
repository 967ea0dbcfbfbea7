using Enforcement.Modules.Education.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Education.Items;

/// <summary>
/// The education items: sub-district matters resting on the reference texts where the education bureau
/// takes part in enforcement (联合执法) beside the department the law names: 市场监督管理部门 for the two
/// advertising items, 出版行政主管部门 for the two textbook items. Only these four provisions of the
/// reference texts fit; the catalogue is not padded beyond them.
/// </summary>
/// <remarks>
/// 广告法 第二十四条 and 第三十九条 are catalogued here and not in the industry-and-commerce module.
/// SimpleProcedureAllowed follows 行政处罚法 第五十一条: the 出版管理条例 第六十五条 band (5万元以下) reaches
/// down to 200 yuan; the 广告法 第五十八条 bands do not.
/// </remarks>
internal static class EducationItems
{
    private const string Dept = EducationModule.ModuleKey;

    private const string Ad = "广告法";
    private const string Publishing = "出版管理条例";

    private static PenaltyRange Ad58() =>
        new("责令停止发布广告，责令广告主在相应范围内消除影响，处广告费用一倍以上三倍以下的罚款，广告费用无法计算或者明显偏低的，处十万元以上二十万元以下的罚款")
            { Fine = new FineBand(100000, 200000) };

    private static PenaltyRange Publishing65() =>
        new("由出版行政主管部门没收出版物、违法所得，违法经营额1万元以上的，并处违法经营额5倍以上10倍以下的罚款；违法经营额不足1万元的，可以处5万元以下的罚款；情节严重的，责令限期停业整顿或者由原发证机关吊销许可证")
            { Fine = new FineBand(0, 50000) };

    /// <summary>教育 is a liaison department: every item starts out joint (联合执法).</summary>
    public static readonly IReadOnlyList<EnforcementItem> All =
        [.. Declared().Select(i => i with { DefaultMode = DelegationMode.Joint })];

    private static IEnumerable<EnforcementItem> Declared() =>
    [
        new("JY-GG-001", "教育、培训广告对升学、考试、学位学历、合格证书或者培训效果作保证性承诺，明示或者暗示考试机构、命题人员参与，或者利用教育机构、专业人士、受益者的名义或者形象作推荐、证明", Dept, "教育培训广告",
            new LegalBasis(Ad, 24), new LegalBasis(Ad, 58, 1, 6), Ad58(),
            EducationForms.Advertising,
            new KeywordRule(["培训广告", "补习班广告", "辅导班广告", "培训机构广告", "保过", "包过", "不过退款", "不过全额退",
                "保证提分", "包提分", "提分", "保证考上", "包考上", "保录取", "包录取", "押题", "命题老师", "命题专家", "命题人", "考官亲授", "阅卷老师"])
            {
                Context = ["培训", "补习", "辅导", "机构", "传单", "广告", "宣传", "家长", "孩子", "考试", "中考", "高考", "考研"],
                Excludes = ["校服", "练习册", "作业本", "教科书", "课本"],
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },
        new("JY-GG-002", "在中小学校、幼儿园内开展广告活动，或者利用中小学生和幼儿的教材、教辅材料、练习册、文具、教具、校服、校车等发布或者变相发布广告", Dept, "校园广告",
            new LegalBasis(Ad, 39), new LegalBasis(Ad, 58, 1, 12), Ad58(),
            EducationForms.Advertising,
            new KeywordRule(["校园里发广告", "学校里发广告", "学校里打广告", "校内广告", "校园内广告", "进校园推销", "进校推销", "进学校推销",
                "幼儿园里发", "幼儿园发传单", "幼儿园里打广告", "校服上印", "练习册上印", "作业本上印", "教辅上印", "文具上印", "校车上",
                "书皮上印", "课本上印", "印着广告"])
            {
                Context = ["学校", "幼儿园", "学生", "孩子", "老师", "广告", "宣传单", "推销"],
                Excludes = ["保过", "包过", "提分", "押题"],
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },
        new("JY-JC-001", "印刷、发行未经依法审定的中学小学教科书", Dept, "中小学教科书",
            new LegalBasis(Publishing, 40, Clause: 5), new LegalBasis(Publishing, 65, Clause: 7), Publishing65(),
            EducationForms.Textbook,
            new KeywordRule(["未经审定", "没经过审定", "没有审定", "未审定", "不是审定", "审定版", "非正规版本"])
            {
                Context = ["教科书", "课本", "教材", "中学", "小学", "初中", "高中", "书店", "卖", "教育部"],
                // 盗版、翻印 are 著作权/出版 matters of the culture department
                Excludes = ["代订", "代购", "收钱订", "统一订", "盗版", "翻印", "大学"],
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },
        new("JY-JC-002", "不具有教科书发行资质、非依法确定的单位或者个人从事中学小学教科书发行业务", Dept, "中小学教科书",
            new LegalBasis(Publishing, 30), new LegalBasis(Publishing, 65, Clause: 7), Publishing65(),
            EducationForms.Textbook,
            new KeywordRule(["代订课本", "代订教材", "代购课本", "代购教材", "收钱订课本", "收钱订教材", "统一订课本", "统一订教材",
                "私自卖课本", "私下卖课本", "卖课本", "卖教科书", "发行教科书", "订课本", "订教材"])
            {
                Context = ["学校", "老师", "家长", "培训机构", "书店", "收费", "发行", "中学", "小学", "教科书"],
                Excludes = ["未经审定", "未审定", "没经过审定", "盗版"],
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },
    ];
}
