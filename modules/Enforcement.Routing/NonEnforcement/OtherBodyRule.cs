namespace Enforcement.Routing.NonEnforcement;

/// <summary>其他部门职责 — a matter another body decides (fees, insurance, registration, schooling, property titles, utilities).</summary>
internal sealed class OtherBodyRule : INotEnforcementRule
{
    private static readonly (string Word, string Body)[] Matters =
    [
        ("物业费", "物业服务企业或业主委员会"), ("停车费", "物业服务企业或价格主管部门"), ("医保", "医疗保障局"),
        ("社保查询", "社会保险经办机构"), ("社保卡", "社会保险经办机构"), ("养老金", "社会保险经办机构"), ("退休金", "社会保险经办机构"),
        ("户口", "公安户籍窗口"), ("落户", "公安户籍窗口"), ("身份证", "公安户籍窗口"), ("居住证", "公安户籍窗口"),
        ("学位", "教育局招生部门"), ("入学", "教育局招生部门"), ("上学名额", "教育局招生部门"), ("择校", "教育局招生部门"),
        ("房产证", "不动产登记中心"), ("不动产证", "不动产登记中心"), ("公积金", "住房公积金管理中心"),
        ("停水", "供水公司"), ("停电", "供电公司"), ("电费", "供电公司"), ("水费", "供水公司"), ("燃气费", "燃气公司"),
        ("暖气不热", "供热单位"), ("没有暖气", "供热单位"), ("网络信号", "通信运营商"), ("宽带", "通信运营商"),
        ("公交线路", "交通运输局"), ("公交车太少", "交通运输局"), ("快递丢", "邮政管理局"), ("退款", "消费者协会或12315"),
        ("退货", "消费者协会或12315"), ("低保", "民政部门"), ("补贴", "民政或相关主管部门"), ("拆迁补偿", "征收部门"),
        ("路灯不亮", "市政设施管理部门"), ("路灯坏了", "市政设施管理部门"), ("红绿灯坏", "交警设施部门"),
    ];

    public string Category => "other-body";
    public string CategoryName => "其他部门职责";
    public double Overruled => 0.6;

    public string? Match(string text) =>
        Matters.FirstOrDefault(m => text.Contains(m.Word)) is { Word: not null } m
            ? $"“{m.Word}”属于{m.Body}的职责，不是综合执法事项，请转办。"
            : null;
}
