using Enforcement.Shared.Forms;

namespace Enforcement.Modules.Planning.Forms;

/// <summary>The planning on-site record forms: unlawful building, temporary building, completion filings.</summary>
internal static class PlanningForms
{
    public const string Construction = "GH-F-CONSTRUCTION";
    public const string Temporary = "GH-F-TEMPORARY";
    public const string Completion = "GH-F-COMPLETION";

    // Option texts the result rules read.
    public const string NoAction = "无需处置";

    public const string NoPermit = "未取得建设工程规划许可证";
    public const string NotAsPermitted = "已取得但未按许可证规定建设";

    public const string Correctable = "尚可采取改正措施消除影响";
    public const string NotCorrectable = "无法采取改正措施消除影响";
    public const string ToBeDetermined = "待规划主管部门认定";

    public const string StopBuilding = "责令停止建设";
    public const string CorrectWithinTime = "责令限期改正";
    public const string DemolishWithinTime = "责令限期拆除";
    public const string Refer = "移送规划主管部门认定";

    public const string Unapproved = "未经批准";
    public const string NotAsApproved = "已批准但未按批准内容建设";
    public const string Overdue = "已批准且已超过批准期限";

    private static FormField Site() => new("site", "现场位置", FieldType.Location);
    private static FormField Notes() => new("notes", "情况说明", FieldType.Text, Required: false);

    public static readonly IReadOnlyList<FormDefinition> All =
    [
        new(Construction, "违法建设现场检查记录",
        [
            Site(),
            FormField.Choice("permit", "建设工程规划许可证", NoPermit, NotAsPermitted, "已取得并按许可证建设", "待核实"),
            FormField.Choice("kind", "建设情形", "新建", "加层、加盖", "扩建", "楼顶搭建", "院落搭建", "其他") with { Required = false },
            FormField.Choice("stage", "建设进度", "正在建设", "已建成") with { Required = false },
            FormField.Number("area", "违法建设面积", "平方米", 0, 100000, required: false),
            FormField.Choice("correctable", "对规划实施的影响", Correctable, NotCorrectable, ToBeDetermined) with { Required = false },
            FormField.Choice("measure", "处置措施", StopBuilding, CorrectWithinTime, DemolishWithinTime, Refer, NoAction),
            new FormField("photos", "现场照片", FieldType.Photo),
            new FormField("video", "现场视频", FieldType.Video, Required: false),
            Notes(),
        ]),
        new(Temporary, "临时建设现场检查记录",
        [
            Site(),
            FormField.Choice("approval", "临时建设审批", Unapproved, NotAsApproved, Overdue, "已批准且在期限内"),
            FormField.Choice("structure", "临时建筑物、构筑物", "活动板房", "集装箱房", "工棚", "临时售楼处", "其他") with { Required = false },
            new FormField("approvedUntil", "批准使用期限届满日", FieldType.DateTime, Required: false),
            FormField.Number("area", "临时建设面积", "平方米", 0, 100000, required: false),
            FormField.Choice("measure", "处置措施", DemolishWithinTime, "立案调查", NoAction),
            new FormField("photos", "现场照片", FieldType.Photo),
            Notes(),
        ]),
        new(Completion, "建设工程竣工验收资料报送检查记录",
        [
            Site(),
            new FormField("project", "建设工程名称", FieldType.Text),
            new FormField("completedOn", "竣工验收日期", FieldType.DateTime),
            FormField.Choice("submitted", "竣工验收资料报送情况", "六个月内已报送", "未报送", "逾期后已补报"),
            FormField.Choice("measure", "处置措施", "责令限期补报", "立案调查（逾期不补报）", NoAction),
            new FormField("documents", "调取的资料", FieldType.Photo, Required: false),
            Notes(),
        ]),
    ];
}
