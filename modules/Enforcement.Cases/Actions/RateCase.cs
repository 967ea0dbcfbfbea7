using Enforcement.Cases.Cases;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Cases.Actions;

/// <summary>The resident's satisfaction with a closed case (满意度回访), recorded once.</summary>
public sealed record RateCase(Guid CaseId, string? Rating, string? Comment) : ICommand<Result<CaseView>>;

internal sealed class RateCaseHandler(CaseChanges changes) : IRequestHandler<RateCase, Result<CaseView>>
{
    public static readonly IReadOnlyDictionary<string, string> Ratings = new Dictionary<string, string>
    {
        ["satisfied"] = "满意",
        ["basically-satisfied"] = "基本满意",
        ["dissatisfied"] = "不满意",
    };

    public Task<Result<CaseView>> Handle(RateCase r, CancellationToken ct) =>
        changes.ApplyAsync(r.CaseId, "satisfaction", (c, now) =>
        {
            if (r.Rating is null || !Ratings.ContainsKey(r.Rating))
                return Task.FromResult<Problem?>(new Problem(ProblemKind.Invalid, "满意度评价无效",
                    new Dictionary<string, string[]> { ["rating"] = [$"评价须为以下之一：{string.Join("、", Ratings.Select(x => $"{x.Key}（{x.Value}）"))}"] }));
            if (r.Comment is { Length: > 1000 })
                return Task.FromResult<Problem?>(new Problem(ProblemKind.Invalid, "评价意见过长",
                    new Dictionary<string, string[]> { ["comment"] = ["评价意见不得超过 1000 个字符"] }));
            c.Satisfaction = r.Rating;
            c.SatisfactionComment = r.Comment?.Trim();
            c.RatedAt = now;
            return Task.FromResult<Problem?>(null);
        }, ct);
}
