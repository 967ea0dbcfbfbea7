namespace Enforcement.Routing.NonEnforcement;

/// <summary>One kind of complaint that is not an enforcement matter, recognised from its wording.</summary>
internal interface INotEnforcementRule
{
    /// <summary>consultation, praise, neighbour-dispute or other-body.</summary>
    string Category { get; }

    /// <summary>Chinese name of the category, e.g. 咨询.</summary>
    string CategoryName { get; }

    /// <summary>
    /// The enforcement signal (Ranking.Evidence.Signal: a module keyword hit or a learned correction)
    /// at which a complaint is taken as an enforcement matter after all, e.g. "请问楼下烧烤油烟谁管"
    /// is still 油烟. One two-character keyword hit scores 0.33, a four-character one 0.5.
    /// </summary>
    double Overruled { get; }

    /// <summary>The Chinese reason when the text is of this kind, otherwise null.</summary>
    string? Match(string text);
}

/// <summary>Helpers for the rules' word lists.</summary>
internal static class Wording
{
    public static string? FirstOf(string text, IEnumerable<string> words) => words.FirstOrDefault(text.Contains);
}
