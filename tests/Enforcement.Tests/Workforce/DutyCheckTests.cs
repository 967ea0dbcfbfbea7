using System.Net;
using System.Text.Json.Nodes;
using Enforcement.Tests.Support;
using Enforcement.Workforce.DutyChecks;
using Enforcement.Workforce.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Tests.Workforce;

/// <summary>
/// The command room's random duty checks, driven by the test clock and the Hangfire job. The plan's
/// times are random, so the tests read them from the database rather than the API, which keeps them
/// secret.
/// </summary>
[NonParallelizable]
public sealed class DutyCheckTests
{
    private static readonly DateTimeOffset WindowOpens = new(2026, 11, 27, 8, 30, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset WindowCloses = new(2026, 11, 27, 17, 30, 0, TimeSpan.FromHours(8));

    [Test]
    public async Task The_day_is_planned_once_and_each_check_goes_to_the_officer_on_duty_who_confirms_in_time_or_misses_it()
    {
        using var host = new TestHost();
        await Roster.Register(host, "NY-001", "张三", username: "zhangsan");
        await Roster.OnDuty(host, "NY-001");
        await Roster.Register(host, "NY-002", "李四", username: "lisi");                // off duty: never checked

        await Roster.RunDutyChecksAsync(host);
        await Roster.RunDutyChecksAsync(host);
        var plan = await PlannedTimes(host);
        Assert.Multiple(() =>
        {
            Assert.That(plan, Has.Count.EqualTo(4), "four checks a day by default, planned once however often the job runs");
            Assert.That(plan, Has.All.InRange(TestHost.Start, WindowCloses), "the rest of today's 08:30–17:30 window");
            Assert.That(plan, Is.Ordered);
        });

        // The first planned time comes: NY-001, the only officer on duty, is checked.
        host.Clock.SetUtcNow(plan[0]);
        await Roster.RunDutyChecksAsync(host);
        var first = (await DutyChecks(host)).Single()!;
        var id = first["id"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(first["badge"]!.GetValue<string>(), Is.EqualTo("NY-001"));
            Assert.That(first["officerName"]!.GetValue<string>(), Is.EqualTo("张三"));
            Assert.That(first["issuedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(plan[0]));
            Assert.That(first["dueBy"]!.GetValue<DateTimeOffset>(), Is.EqualTo(plan[0].AddMinutes(10)));
            Assert.That(first["result"]!.GetValue<string>(), Is.EqualTo("pending"));
            Assert.That(first["resultName"]!.GetValue<string>(), Is.EqualTo("待确认"));
            Assert.That(first["trigger"]!.GetValue<string>(), Is.EqualTo("random"));
        });

        // Only the officer may answer; NY-001 does so within the ten minutes.
        host.Advance(TimeSpan.FromMinutes(9));
        var (byColleague, colleagueBody) = await (await Roster.As(host, "lisi")).Post($"/api/duty-checks/{id}/confirm", null);
        var (anonymous, _) = await host.Api.Post($"/api/duty-checks/{id}/confirm", null);
        var confirmed = await (await Roster.As(host, "zhangsan")).PostOk($"/api/duty-checks/{id}/confirm", null);
        var (twice, _) = await (await Roster.As(host, "zhangsan")).Post($"/api/duty-checks/{id}/confirm", null);
        Assert.Multiple(() =>
        {
            Assert.That(byColleague, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(colleagueBody!["detail"]!.GetValue<string>(), Is.EqualTo("只有被抽查的执法人员 NY-001 张三 本人才能确认在岗"));
            Assert.That(anonymous, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(confirmed["result"]!.GetValue<string>(), Is.EqualTo("confirmed"));
            Assert.That(confirmed["confirmedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(plan[0].AddMinutes(9)));
            Assert.That(twice, Is.EqualTo(HttpStatusCode.Conflict));
        });

        // The second planned time: this time nobody answers.
        host.Clock.SetUtcNow(plan[1] > host.Clock.GetUtcNow() ? plan[1] : host.Clock.GetUtcNow());
        await Roster.RunDutyChecksAsync(host);
        var second = (await DutyChecks(host)).Single(c => c!["id"]!.GetValue<string>() != id)!;
        var secondId = second["id"]!.GetValue<string>();
        host.Advance(TimeSpan.FromMinutes(11));
        await Roster.RunDutyChecksAsync(host);
        var (late, lateBody) = await (await Roster.As(host, "NY-001")).Post($"/api/duty-checks/{secondId}/confirm", null);
        var afterLate = (await DutyChecks(host)).Single(c => c!["id"]!.GetValue<string>() == secondId)!;

        Assert.Multiple(() =>
        {
            Assert.That(late, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(lateBody!["detail"]!.GetValue<string>(), Does.Contain("已超时"));
            Assert.That(afterLate["result"]!.GetValue<string>(), Is.EqualTo("missed"));
            Assert.That(afterLate["resultName"]!.GetValue<string>(), Is.EqualTo("未按时确认"));
            Assert.That(afterLate["confirmedAt"], Is.Null);
        });

        var firstRecord = await Actions(host, id);
        var secondRecord = await Actions(host, secondId);
        Assert.Multiple(() =>
        {
            Assert.That(firstRecord, Is.EqualTo(new[] { ("duty-check-issued", "system"), ("duty-check-confirmed", "zhangsan") }));
            Assert.That(secondRecord, Is.EqualTo(new[] { ("duty-check-issued", "system"), ("duty-check-missed", "system") }));
        });
    }

    [Test]
    public async Task A_commander_checks_now_and_a_late_answer_stays_missed_even_before_the_job_marks_it()
    {
        using var host = new TestHost();
        var commander = await Roster.As(host, "commander-chen", Shared.Primitives.Roles.Commander);
        await Roster.Register(host, "NY-001", "张三", username: "zhangsan");
        await Roster.OnDuty(host, "NY-001");
        await Roster.Register(host, "NY-002", "李四");
        await host.Api.PostOk("/api/officers/NY-002/duty", new { status = "on-leave" });

        var (nobodyNamed, _) = await commander.Post("/api/duty-checks", new { badge = "NY-404" });
        var (onLeave, onLeaveBody) = await commander.Post("/api/duty-checks", new { badge = "NY-002" });
        var check = await commander.PostOk("/api/duty-checks", new { }, HttpStatusCode.Created);
        var (busy, busyBody) = await commander.Post("/api/duty-checks", new { });
        var (named, _) = await commander.Post("/api/duty-checks", new { badge = "NY-001" });
        Assert.Multiple(() =>
        {
            Assert.That(nobodyNamed, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(onLeave, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(onLeaveBody!["detail"]!.GetValue<string>(), Does.Contain("当前为“请假”，不在岗"));
            Assert.That(check["badge"]!.GetValue<string>(), Is.EqualTo("NY-001"));
            Assert.That(check["trigger"]!.GetValue<string>(), Is.EqualTo("commander"));
            Assert.That(check["issuedBy"]!.GetValue<string>(), Is.EqualTo("commander-chen"));
            Assert.That(check["issuedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(TestHost.Start));
            Assert.That(busy, Is.EqualTo(HttpStatusCode.Conflict), "the only officer on duty already has a check waiting");
            Assert.That(busyBody!["detail"]!.GetValue<string>(), Does.Contain("没有可抽查的在岗执法人员"));
            Assert.That(named, Is.EqualTo(HttpStatusCode.Conflict));
        });

        var id = check["id"]!.GetValue<string>();
        host.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        var (late, _) = await (await Roster.As(host, "zhangsan")).Post($"/api/duty-checks/{id}/confirm", null);
        var listed = (await DutyChecks(host)).Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(late, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(listed["result"]!.GetValue<string>(), Is.EqualTo("missed"));
        });

        await Roster.RunDutyChecksAsync(host);
        Assert.That(await Actions(host, id), Is.EqualTo(new[] { ("duty-check-issued", "commander-chen"), ("duty-check-missed", "system") }));
    }

    [Test]
    public async Task With_nobody_on_duty_no_check_is_issued_and_a_plan_of_a_past_day_lapses()
    {
        using var host = new TestHost();
        await Roster.Register(host, "NY-001", "张三");                                  // off duty
        await Roster.RunDutyChecksAsync(host);
        var plan = await PlannedTimes(host);
        host.Clock.SetUtcNow(plan[0]);
        await Roster.RunDutyChecksAsync(host);
        var (none, noneBody) = await host.Api.Post("/api/duty-checks", new { });

        // The host does not run the job again until the next morning; then NY-001 is on duty.
        await Roster.OnDuty(host, "NY-001");
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 7, 0, 0, TimeSpan.FromHours(8)));
        await Roster.RunDutyChecksAsync(host);

        var outcomes = await PlannedOutcomeCounts(host, Roster.Today);
        var dueAtFirst = plan.Count(t => t <= plan[0]);                                // two random times may coincide
        var nextDay = await PlannedTimes(host, Roster.Today.AddDays(1));
        Assert.Multiple(() =>
        {
            Assert.That(none, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(noneBody!["detail"]!.GetValue<string>(), Does.Contain("没有可抽查的在岗执法人员"));
            Assert.That(outcomes, Is.EquivalentTo(new Dictionary<string, int> { ["no-officer"] = dueAtFirst, ["lapsed"] = 4 - dueAtFirst }));
            Assert.That(nextDay, Has.Count.EqualTo(4));
            Assert.That(nextDay, Has.All.InRange(WindowOpens.AddDays(1), WindowCloses.AddDays(1)));
        });
        var yesterday = await host.Api.GetOk("/api/duty-checks?day=2026-11-27");
        var today = await host.Api.GetOk("/api/duty-checks");
        Assert.Multiple(() =>
        {
            Assert.That(yesterday.AsArray(), Is.Empty);
            Assert.That(today.AsArray(), Is.Empty, "no check before the window opens");
        });
    }

    [Test]
    public async Task A_bad_day_or_an_unknown_check_is_refused_in_Chinese()
    {
        using var host = new TestHost();
        var (badDay, badDayBody) = await host.Api.Get("/api/duty-checks?day=27.11.2026");
        var (unknown, unknownBody) = await host.Api.Post($"/api/duty-checks/{Guid.NewGuid()}/confirm", null);
        Assert.Multiple(() =>
        {
            Assert.That(badDay, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(badDayBody!["detail"]!.GetValue<string>(), Does.Contain("格式应为 yyyy-MM-dd"));
            Assert.That(unknown, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unknownBody!["detail"]!.GetValue<string>(), Does.StartWith("在岗抽查"));
        });
    }

    private static async Task<JsonArray> DutyChecks(TestHost host, string? day = null) =>
        (await host.Api.GetOk(day is null ? "/api/duty-checks" : $"/api/duty-checks?day={day}")).AsArray();

    private static async Task<IReadOnlyList<(string Action, string Actor)>> Actions(TestHost host, string id) =>
        (await host.Api.GetOk($"/api/audit?entityType=duty-check&entityId={id}")).AsArray()
        .Select(e => (e!["action"]!.GetValue<string>(), e["actor"]!.GetValue<string>())).ToList();

    private static async Task<List<DateTimeOffset>> PlannedTimes(TestHost host, DateOnly? day = null)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkforceDbContext>();
        var on = day ?? Roster.Today;
        var times = await db.PlannedChecks.AsNoTracking().Where(p => p.Day == on).Select(p => p.At).ToListAsync();
        return times.Order().Select(t => new DateTimeOffset(t, TimeSpan.Zero)).ToList();
    }

    private static async Task<Dictionary<string, int>> PlannedOutcomeCounts(TestHost host, DateOnly day)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkforceDbContext>();
        var outcomes = await db.PlannedChecks.AsNoTracking().Where(p => p.Day == day).Select(p => p.Outcome).ToListAsync();
        return outcomes.GroupBy(o => o ?? "waiting").ToDictionary(g => g.Key, g => g.Count());
    }
}
