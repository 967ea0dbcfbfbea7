using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Cases.Procedure.Rules;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Primitives;

namespace Enforcement.Cases.Procedure.Actions;

/// <summary>Service (送达, 第61条), payment with the late fee (第67条、第72条), closing (结案) and the archive (归档).</summary>
[ModuleService]
internal sealed class ExecutionSteps(ClockKeeper clocks, ICurrentActor actor)
{
    public static readonly IReadOnlyList<string> ServiceMethods = ["直接送达", "留置送达", "邮寄送达", "委托送达", "电子送达", "公告送达"];

    public async Task<Problem?> ServeAsync(Case c, DateTime now, ServiceBody b, CancellationToken ct)
    {
        if (b.Method is null || !ServiceMethods.Contains(b.Method))
            return ProcedureSupport.Invalid("method", $"送达方式须为：{string.Join("、", ServiceMethods)}");
        if (string.IsNullOrWhiteSpace(b.Recipient)) return ProcedureSupport.Invalid("recipient", "须填写受送达人");
        var p = c.Proceeding!;
        p.ServedAt = now;
        p.ServiceMethod = b.Method;
        p.ServiceRecipient = b.Recipient.Trim();
        p.ServicePlace = b.Place?.Trim();
        p.Stage = ProceedingStage.Served;
        await clocks.StopAsync(c, ClockKinds.Service, now, ct);
        if (p.DecisionKind == Penalties.Fine)
        {
            clocks.Start(c, ClockKinds.Payment, now);
            p.PaymentDueOn = Deadlines.LocalDate(now).AddDays(15);
        }
        return null;
    }

    public async Task<Problem?> PayAsync(Case c, DateTime now, PaymentBody b, CancellationToken ct)
    {
        var p = c.Proceeding!;
        var today = Deadlines.LocalDate(now);
        if (b.PaidOn is null || b.PaidOn > today || b.PaidOn < Deadlines.LocalDate(p.ServedAt!.Value))
            return ProcedureSupport.Invalid("paidOn", "缴款日期须在送达之日与今天之间");
        var fee = LateFeeRule.Compute(p.DecisionAmount!.Value, p.PaymentDueOn!.Value, b.PaidOn.Value);
        var owed = p.DecisionAmount.Value + fee;
        if (b.Amount is null || b.Amount < owed)
            return ProcedureSupport.Refused(fee > 0
                ? $"逾期缴纳，应缴 {owed:0.##} 元：罚款 {p.DecisionAmount:0.##} 元，加处罚款 {fee:0.##} 元（每日 3%，不超过罚款数额，《行政处罚法》第七十二条第一款第（一）项）"
                : $"应缴罚款 {owed:0.##} 元");
        p.PaidOn = b.PaidOn;
        p.PaidAmount = b.Amount;
        p.LateFee = fee;
        p.Stage = ProceedingStage.Executed;
        await clocks.StopAsync(c, ClockKinds.Payment, now, ct);
        return null;
    }

    public Task<Problem?> Close(Case c, DateTime now, NoteBody b)
    {
        var p = c.Proceeding!;
        p.ClosedAt = now;
        p.ClosingNote = b.Note?.Trim();
        p.Stage = ProceedingStage.Closed;
        return Task.FromResult<Problem?>(null);
    }

    /// <summary>Seals the case: the record, evidence and documents stay; nothing more can be attached or changed.</summary>
    public async Task<Problem?> ArchiveAsync(Case c, DateTime now, CancellationToken ct)
    {
        foreach (var clock in c.Clocks.Where(k => k.StoppedAt is null).Select(k => k.Kind).Distinct().ToList())
            await clocks.StopAsync(c, clock, now, ct, note: "案件归档");
        c.ArchivedAt = now;
        c.ArchivedBy = actor.Name;
        return null;
    }
}
