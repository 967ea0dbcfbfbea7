using Enforcement.Modules.Planning.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;
using static Enforcement.Shared.Catalogue.EvidenceKind;

namespace Enforcement.Modules.Planning.Items;

/// <summary>
/// The planning items: powers of the 城乡规划主管部门 under 城乡规划法, held jointly with the brigade
/// (联合执法). Penalty wordings are copied verbatim from the penalty article.
/// </summary>
/// <remarks>
/// <para>
/// 第六十四条 is a ladder (reviewed table, row 28): 责令停止建设; where the effect on the plan can still be
/// removed, 限期改正 and a fine of 建设工程造价百分之五以上百分之十以下; where it cannot, 限期拆除, and only
/// where demolition is impossible 没收实物或者违法收入 with an optional fine up to 百分之十 of the cost. The
/// fines are shares of the construction cost, not sums of money, so <c>Fine</c> stays null and no local
/// rule is claimed. 第六十六条 fines up to 一倍 of the temporary works' cost: likewise no band.
/// </para>
/// <para>
/// 第六十五条 (乡村建设规划许可) is not here: its enforcer is the 乡、镇人民政府 itself (row 29), not the
/// planning department, and a sub-district has no 乡、村庄规划区.
/// </para>
/// <para>
/// Unlawful building complaints rank here rather than on city management's 市容 item (CG-SR-001, structures
/// and materials on streets and public places): the building items veto street words, and CG-SR-001
/// vetoes rooftop and 违建 words.
/// </para>
/// </remarks>
internal static class PlanningItems
{
    private const string Dept = PlanningModule.ModuleKey;

    private const string PlanningLaw = "城乡规划法";

    private const DelegationMode Joint = DelegationMode.Joint;

    private const string Art64 =
        "责令停止建设；尚可采取改正措施消除对规划实施的影响的，限期改正，处建设工程造价百分之五以上百分之十以下的罚款；无法采取改正措施消除影响的，限期拆除，不能拆除的，没收实物或者违法收入，可以并处建设工程造价百分之十以下的罚款";

    private const string Art66 = "责令限期拆除，可以并处临时建设工程造价一倍以下的罚款";

    // A structure or heap on a street or public place is 市容 (city management, CG-SR-001), not 违法建设.
    private static readonly string[] StreetWords =
        ["人行道", "路边", "马路边", "街边", "街道两侧", "公共场地", "堆放物料", "店门口", "占道", "摆摊"];

    private static readonly string[] TemporaryWords = ["临时", "板房", "临建", "工棚", "集装箱房"];

    private static readonly string[] OverdueWords = ["到期", "超期", "期限", "过期", "没拆", "不拆"];

    private static readonly string[] BeyondApprovalWords = ["没按批准", "未按批准", "不按批准", "超出批准"];

    private static KeywordRule Words(string[] keywords, string[] context, string[] excludes) =>
        new(keywords) { Context = context, Excludes = excludes };

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
        // ---- 违法建设 ----
        new("GH-WJ-001", "未取得建设工程规划许可证进行建设（违法建设）", Dept, "违法建设",
            new LegalBasis(PlanningLaw, 40, 1), new LegalBasis(PlanningLaw, 64),
            new PenaltyRange(Art64),
            PlanningForms.Construction,
            Words(["违章建筑", "违章建房", "违建", "违法建设", "违法建筑", "私搭乱建", "私搭", "乱建", "乱搭乱建", "加盖", "加建", "楼顶搭", "顶楼搭", "屋顶搭", "天台搭", "楼顶加", "加层",
                   "盖了一层", "搭了一层", "彩钢房", "阳光房", "铁皮房", "没有规划许可", "没办规划许可", "未取得规划许可"],
                ["楼顶", "顶楼", "屋顶", "天台", "院子", "小区", "没有手续", "没审批", "没批", "规划", "一楼", "后院", "围墙", "自家", "扩"],
                [.. StreetWords, .. TemporaryWords, .. OverdueWords, .. BeyondApprovalWords,
                 "未按规划", "不按规划", "没按规划", "超出规划", "超规划", "比批的", "许可证上", "跟规划不一样", "与规划不符", "跟公示的不一样"]))
        {
            RequiredEvidence = [Photo, Video, Document],
            DefaultMode = Joint,
            FirstOffenceExemption = false,   // a building is not undone by a prompt correction
        },
        new("GH-WJ-002", "未按照建设工程规划许可证的规定进行建设", Dept, "违法建设",
            new LegalBasis(PlanningLaw, 40, 1), new LegalBasis(PlanningLaw, 64),
            new PenaltyRange(Art64),
            PlanningForms.Construction,
            Words(["未按规划", "不按规划", "没按规划", "超规划", "超出规划", "改变规划", "与规划不符", "跟规划不一样", "和规划不一样", "跟公示的不一样", "和公示的不一样",
                   "比批的", "多盖了", "多建了", "超面积", "未按许可", "没按许可", "不按许可", "擅自变更设计"],
                ["开发商", "楼盘", "小区", "许可证", "公示", "层", "容积率", "间距", "挡光", "采光", "规划图", "高度"],
                [.. StreetWords, .. TemporaryWords]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = Joint,
            FirstOffenceExemption = false,
        },

        // ---- 临时建设 ---- (第四十四条 forbids; 第六十六条 penalises, clause by clause)
        new("GH-LS-001", "未经批准进行临时建设", Dept, "临时建设",
            new LegalBasis(PlanningLaw, 44, 1), new LegalBasis(PlanningLaw, 66, Clause: 1),
            new PenaltyRange(Art66),
            PlanningForms.Temporary,
            Words(["临时建筑", "临时房", "临建", "活动板房", "板房", "集装箱房", "工棚", "临时搭建", "临时棚", "临时售楼处"],
                ["没批", "未经批准", "没经过批准", "没有审批", "没审批", "没手续", "没有手续", "擅自", "空地", "工地", "住人"],
                [.. OverdueWords, .. BeyondApprovalWords, "堆放物料", "占道", "摆摊"]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = Joint,
            FirstOffenceExemption = false,
        },
        new("GH-LS-002", "未按照批准内容进行临时建设", Dept, "临时建设",
            new LegalBasis(PlanningLaw, 44, 1), new LegalBasis(PlanningLaw, 66, Clause: 2),
            new PenaltyRange(Art66),
            PlanningForms.Temporary,
            Words(["没按批准", "未按批准", "不按批准", "超出批准", "临时建筑超", "临时房超", "板房超", "临建超"],
                ["临时", "板房", "临建", "工棚", "面积", "层", "批准", "多搭", "多盖"],
                [.. OverdueWords, "堆放物料", "占道", "摆摊"]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = Joint,
            FirstOffenceExemption = false,
        },
        new("GH-LS-003", "临时建筑物、构筑物超过批准期限不拆除", Dept, "临时建设",
            new LegalBasis(PlanningLaw, 44, 2), new LegalBasis(PlanningLaw, 66, Clause: 3),
            new PenaltyRange(Art66),
            PlanningForms.Temporary,
            Words(["超期不拆", "到期不拆", "到期没拆", "过期不拆", "早就到期", "超过期限", "超过批准期限", "该拆不拆", "一直不拆", "迟迟不拆", "还不拆", "还没拆"],
                ["临时", "板房", "临建", "工棚", "售楼处", "批准", "到期", "年"],
                ["违建", "违章", "违法建设", "违法建筑", "广告", "垃圾", "公厕", "堆放物料", "占道", "摆摊"]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = Joint,
            FirstOffenceExemption = false,
        },

        // ---- 竣工资料报送 ----
        new("GH-ZL-001", "建设单位未在建设工程竣工验收后六个月内向城乡规划主管部门报送有关竣工验收资料", Dept, "规划核实",
            new LegalBasis(PlanningLaw, 45, 2), new LegalBasis(PlanningLaw, 67),
            new PenaltyRange("责令限期补报；逾期不补报的，处一万元以上五万元以下的罚款") { Fine = new FineBand(10000, 50000) },
            PlanningForms.Completion,
            Words(["竣工验收资料", "竣工资料", "竣工验收备案资料", "规划竣工资料"],
                ["六个月", "半年", "建设单位", "规划", "报送", "补报", "没报", "未报"],
                []))
        {
            RequiredEvidence = [Document],
            DefaultMode = Joint,
            FirstOffenceExemption = true,   // a missing filing, cured by filing; the fine comes only after 逾期不补报
        },
    ];
}
