using Enforcement.Shared.Messages.Workforce;
using Enforcement.Shared.Modules;
using Enforcement.Workforce.ActingOfficers.Rules;
using Enforcement.Workforce.Persistence;
using Enforcement.Workforce.Roster;
using Enforcement.Workforce.TenProhibitions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Workforce.ActingOfficers;

/// <summary>
/// Answers the procedure's question: may these officers act together on this matter on this day?
/// Every rule runs, so the answer lists every reason at once rather than the first.
/// </summary>
internal sealed class CheckActingOfficersHandler(WorkforceDbContext db, ILoadedModules modules, TenProhibitionsText text)
    : IRequestHandler<CheckActingOfficers, OfficerCheck>
{
    private static readonly OfficerCountRule Count = new();
    private static readonly ActiveOnRosterRule OnRoster = new();
    private static readonly IActingOfficerRule[] PerOfficer =
    [
        new CertificateValidRule(), new CertificateCoversDepartmentRule(), new NotRecusedRule(), new TenProhibitionsAcknowledgedRule(),
    ];

    public async Task<OfficerCheck> Handle(CheckActingOfficers request, CancellationToken ct)
    {
        var badges = (request.Officers ?? []).Select(Badges.Normalize).Where(b => b.Length > 0).Distinct().ToList();
        var officers = await db.OfficersWithRecords.AsNoTracking().Where(o => badges.Contains(o.Badge)).ToListAsync(ct);
        var department = modules.All.FirstOrDefault(m => m.Key == request.Department);
        var matter = new ActingMatter(request.Department, department?.Name ?? request.Department, request.OnDay,
            request.Party, request.CaseId, text.Hash);

        var problems = new List<string>();
        if (Count.Check(badges) is { } tooFew) problems.Add(tooFew);
        if (department is null) problems.Add($"部门模块 {request.Department} 未加载，无法核对执法证是否涵盖该部门的执法领域");
        var acting = new List<ActingOfficer>();
        foreach (var badge in badges)
        {
            var officer = officers.FirstOrDefault(o => o.Badge == badge);
            if (OnRoster.Check(badge, officer) is { } absent)
            {
                problems.Add(absent);
                if (officer is null) continue;
            }
            else
            {
                problems.AddRange(PerOfficer.Select(rule => rule.Check(officer!, matter)).OfType<string>());
            }
            acting.Add(new ActingOfficer(officer!.Badge, officer.Name, CertificateShown(officer, matter)?.Number));
        }
        return new OfficerCheck(acting, problems);
    }

    /// <summary>The certificate the officer would show: valid on the day, covering the department if one does.</summary>
    private static Certificate? CertificateShown(Officer officer, ActingMatter matter)
    {
        var valid = officer.Certificates.Where(c => c.IsValidOn(matter.OnDay)).OrderByDescending(c => c.ValidUntil).ToList();
        return valid.FirstOrDefault(c => c.Covers(matter.Department)) ?? valid.FirstOrDefault();
    }
}
