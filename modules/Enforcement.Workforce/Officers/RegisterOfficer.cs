using System.Text.RegularExpressions;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Modules;
using Enforcement.Shared.Primitives;
using Enforcement.Workforce.Persistence;
using Enforcement.Workforce.Roster;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Workforce.Officers;

/// <summary>Enters an officer on the roster; off duty until the duty status is set.</summary>
public sealed record RegisterOfficer(string? Badge, string? Name, string? Unit, string? Role, string? Username, string? Jurisdiction)
    : ICommand<Result<OfficerView>>;

internal sealed partial class RegisterOfficerHandler(
    WorkforceDbContext db, ILoadedModules modules, IOptions<JurisdictionOptions> jurisdictions, StateRecorder recorder,
    OfficerViews views, TimeProvider clock) : IRequestHandler<RegisterOfficer, Result<OfficerView>>
{
    public async Task<Result<OfficerView>> Handle(RegisterOfficer r, CancellationToken ct)
    {
        var badge = Badges.Normalize(r.Badge);
        var username = string.IsNullOrWhiteSpace(r.Username) ? null : r.Username.Trim();
        var role = string.IsNullOrWhiteSpace(r.Role) ? LeadershipRoles.None : r.Role.Trim();
        var unit = r.Unit?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (!BadgePattern().IsMatch(badge)) errors["badge"] = ["编号（badge）为必填项，由字母、数字和连字符组成，不超过 32 个字符，如 NY-001"];
        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Trim().Length > 50) errors["name"] = ["姓名（name）为必填项，不超过 50 个字"];
        if (unit != Units.Brigade && modules.All.All(m => m.Key != unit))
            errors["unit"] = [$"所属单位（unit）须为 brigade（综合行政执法大队）或已加载的部门模块：{string.Join("、", modules.All.Select(m => m.Key))}"];
        if (!LeadershipRoles.Names.ContainsKey(role))
            errors["role"] = ["职务（role）须为 none（执法队员）、political-commissar（政委）、brigade-commander（大队长）或 shift-lead（带班）"];
        if (username is { Length: > 64 }) errors["username"] = ["登录名（username）不超过 64 个字符"];
        var jurisdiction = jurisdictions.Value.Resolve(r.Jurisdiction);
        if (jurisdiction is null) errors["jurisdiction"] = [$"未知或未注明的街道：{r.Jurisdiction}"];
        if (errors.Count > 0) return new Problem(ProblemKind.Invalid, "执法人员信息不完整或有误", errors);

        if (await db.Officers.AnyAsync(o => o.Badge == badge, ct))
            return new Problem(ProblemKind.Conflict, $"编号 {badge} 已在执法人员名册中；人员离队请停用，不能重复登记");
        if (username is not null && await db.Officers.AnyAsync(o => o.Username == username, ct))
            return new Problem(ProblemKind.Conflict, $"登录名 {username} 已属于名册中的另一名执法人员");

        var now = clock.GetUtcNow().UtcDateTime;
        var officer = new Officer
        {
            Id = Guid.CreateVersion7(), Jurisdiction = jurisdiction!.Code, Badge = badge, Name = r.Name!.Trim(), Unit = unit,
            Role = role, Username = username, Duty = DutyStatuses.OffDuty, DutySince = now, Active = true, RegisteredAt = now,
        };
        db.Officers.Add(officer);
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync(officer.Jurisdiction, OfficerRecord.EntityType, badge, "officer-registered", null, OfficerRecord.Of(officer), ct);
        return views.Of(officer);
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,31}$")]
    private static partial Regex BadgePattern();
}
