using Enforcement.Shared.Catalogue;

namespace Enforcement.Shared.Rules.Discretion;

/// <summary>
/// The system's default benchmark: the statutory range in three parts — lighter the lowest 30 %,
/// ordinary 30–70 %, heavier the top 30 %. A locality's published benchmark (行政处罚法 第三十四条)
/// takes precedence; a module overrides per item where it has one.
/// </summary>
public static class StatutoryBands
{
    public const string DefaultNote = "本系统默认裁量基准：法定罚款幅度按 30%/70% 分为从轻、一般、从重三档；所在地公布的裁量基准优先（《行政处罚法》第三十四条）";

    public static FineBand? Part(EnforcementItem item, PartyKind party, DiscretionBand band)
    {
        var statutory = item.Penalty.BandFor(party);
        if (statutory is null) return null;
        var span = statutory.Max - statutory.Min;
        decimal At(decimal share) => Math.Round(statutory.Min + span * share, 0, MidpointRounding.AwayFromZero);
        return band switch
        {
            DiscretionBand.Lighter => new FineBand(statutory.Min, At(0.3m)),
            DiscretionBand.Ordinary => new FineBand(At(0.3m), At(0.7m)),
            DiscretionBand.Heavier => new FineBand(At(0.7m), statutory.Max),
            _ => null,
        };
    }

    public static string AmountNote(EnforcementItem item) => item.Penalty.AmountsSetLocally
        ? $"罚款数额由地方规定：{item.Penalty.LocalRule}"
        : StatutoryBands.DefaultNote;
}
