using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Primitives;

namespace Enforcement.Cases.Procedure.Actions;

/// <summary>
/// Pausing, resuming and extending a clock, each with a recorded reason. The 90-day decision clock is extended
/// only through the procedure's approved extension (<c>extend</c>), which names its legal basis.
/// </summary>
[ModuleService]
internal sealed class ClockSteps(ClockKeeper clocks, ICurrentActor actor)
{
    public Task<Problem?> Pause(Case c, DateTime now, ClockChangeBody b) => Change(c, b, clock =>
    {
        if (clock.PausedAt is not null) return ProcedureSupport.Refused($"“{clock.Name}”已暂停");
        ClockKeeper.Pause(clock, now, $"{b.Reason!.Trim()}（{actor.Name}）");
        return null;
    });

    public Task<Problem?> Resume(Case c, DateTime now, ClockChangeBody b) => Change(c, b, clock =>
    {
        if (clock.PausedAt is null) return ProcedureSupport.Refused($"“{clock.Name}”未暂停");
        clocks.Resume(clock, now);
        return null;
    });

    public Task<Problem?> Extend(Case c, ClockChangeBody b) => Change(c, b, clock =>
    {
        if (clock.Kind == ClockKinds.Decision)
            return ProcedureSupport.Refused("作出处罚决定期限须经批准延长（extend），并写明依据");
        if (b.Units is not (> 0 and <= 10_000)) return ProcedureSupport.Invalid("units", "延长量须为正整数（分钟或天，按该时限的计算方式）");
        clocks.Extend(clock, b.Units.Value, $"{b.Reason!.Trim()}（{actor.Name}）");
        return null;
    });

    private static Task<Problem?> Change(Case c, ClockChangeBody b, Func<Clock, Problem?> change)
    {
        if (string.IsNullOrWhiteSpace(b.Reason)) return Task.FromResult<Problem?>(ProcedureSupport.Invalid("reason", "须填写理由"));
        var clock = c.Clocks.FirstOrDefault(k => k.Kind == b.Kind && k.StoppedAt is null);
        return Task.FromResult(clock is null
            ? ProcedureSupport.Invalid("kind", $"没有正在计时的“{b.Kind}”时限")
            : change(clock));
    }
}
