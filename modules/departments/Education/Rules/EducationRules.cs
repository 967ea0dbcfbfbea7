using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Education.Rules;

internal static class EducationRules
{
    public static readonly IReadOnlyList<IResultRule> All =
    [
        new TrainingAdClaimNamedRule(),
        new PublicInterestAdExemptRule(),
        new TextbookTurnoverRecordedRule(),
    ];
}
