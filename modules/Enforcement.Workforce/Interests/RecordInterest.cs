using Enforcement.Shared.Primitives;
using Enforcement.Workforce.Persistence;
using Enforcement.Workforce.Roster;
using MediatR;

namespace Enforcement.Workforce.Interests;

/// <summary>
/// Records that an officer has an interest in a party (by name) or a case, so that the officer
/// cannot act on it (回避, 《行政处罚法》第四十三条).
/// </summary>
public sealed record RecordInterest(string? Badge, string? Party, Guid? CaseId, string? Reason) : ICommand<Result<OfficerView>>;

internal sealed class RecordInterestHandler(WorkforceDbContext db, RosterChanges changes, ICurrentActor actor)
    : IRequestHandler<RecordInterest, Result<OfficerView>>
{
    public Task<Result<OfficerView>> Handle(RecordInterest r, CancellationToken ct)
    {
        var party = string.IsNullOrWhiteSpace(r.Party) ? null : r.Party.Trim();
        var errors = new Dictionary<string, string[]>();
        if (party is null && r.CaseId is null) errors["party"] = ["须注明当事人名称（party）或案件（caseId），至少一项"];
        if (party is { Length: > 200 }) errors["party"] = ["当事人名称（party）不超过 200 个字"];
        if (string.IsNullOrWhiteSpace(r.Reason)) errors["reason"] = ["回避事由（reason）为必填项，如“当事人系其配偶”"];
        if (errors.Count > 0)
            return Task.FromResult<Result<OfficerView>>(new Problem(ProblemKind.Invalid, "回避事由不完整", errors));
        return changes.ApplyAsync(r.Badge, "interest-recorded", (o, now) =>
        {
            var interest = new Interest
            {
                Id = Guid.CreateVersion7(), OfficerId = o.Id, Party = party, CaseId = r.CaseId, Reason = r.Reason!.Trim(),
                RecordedBy = actor.Name, RecordedAt = now,
            };
            o.Interests.Add(interest);
            db.Interests.Add(interest);
            return null;
        }, ct);
    }
}
