using Enforcement.Shared.Modules;
using Enforcement.Shared.Primitives;
using Enforcement.Workforce.Persistence;
using Enforcement.Workforce.Roster;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Workforce.Certificates;

/// <summary>Records a certificate (执法证) an officer holds: number, fields covered, validity, issuer.</summary>
public sealed record IssueCertificate(string? Badge, string? Number, IReadOnlyList<string>? Fields, DateOnly? IssuedOn,
    DateOnly? ValidUntil, string? IssuingAuthority) : ICommand<Result<OfficerView>>;

internal sealed class IssueCertificateHandler(WorkforceDbContext db, ILoadedModules modules, RosterChanges changes)
    : IRequestHandler<IssueCertificate, Result<OfficerView>>
{
    public async Task<Result<OfficerView>> Handle(IssueCertificate r, CancellationToken ct)
    {
        var number = r.Number?.Trim() ?? "";
        var fields = (r.Fields ?? []).Select(f => f?.Trim() ?? "").Distinct().ToList();
        var errors = new Dictionary<string, string[]>();
        if (number.Length is 0 or > 40) errors["number"] = ["执法证号（number）为必填项，不超过 40 个字符"];
        var unknown = fields.Where(f => modules.All.All(m => m.Key != f)).ToList();
        if (fields.Count == 0) errors["fields"] = ["执法领域（fields）至少一项：持证人可执法的部门模块，如 city-management"];
        else if (unknown.Count > 0)
            errors["fields"] = [$"未加载的部门模块：{string.Join("、", unknown)}；可选：{string.Join("、", modules.All.Select(m => m.Key))}"];
        if (r.IssuedOn is null) errors["issuedOn"] = ["发证日期（issuedOn，如 2024-07-01）为必填项"];
        if (r.ValidUntil is null) errors["validUntil"] = ["有效期至（validUntil，如 2029-06-30）为必填项"];
        else if (r.IssuedOn is not null && r.ValidUntil < r.IssuedOn) errors["validUntil"] = ["有效期截止日不能早于发证日期"];
        if (string.IsNullOrWhiteSpace(r.IssuingAuthority)) errors["issuingAuthority"] = ["发证机关（issuingAuthority）为必填项"];
        if (errors.Count > 0) return new Problem(ProblemKind.Invalid, "执法证信息不完整或有误", errors);

        var holder = await db.Certificates.Where(c => c.Number == number)
            .Join(db.Officers, c => c.OfficerId, o => o.Id, (c, o) => o.Badge).FirstOrDefaultAsync(ct);
        if (holder is not null) return new Problem(ProblemKind.Conflict, $"执法证号 {number} 已登记在执法人员 {holder} 名下");

        return await changes.ApplyAsync(r.Badge, "certificate-issued", (o, now) =>
        {
            if (!o.Active) return new Problem(ProblemKind.Conflict, $"{o.Label} 已停用，不能登记执法证");
            var certificate = new Certificate
            {
                Id = Guid.CreateVersion7(), OfficerId = o.Id, Number = number, Fields = fields, IssuedOn = r.IssuedOn!.Value,
                ValidUntil = r.ValidUntil!.Value, IssuingAuthority = r.IssuingAuthority!.Trim(), RecordedAt = now,
            };
            o.Certificates.Add(certificate);
            db.Certificates.Add(certificate);
            return null;
        }, ct);
    }
}
