using System.Text.RegularExpressions;
using Enforcement.Shared.Catalogue;

namespace Enforcement.Modules.Tests.Citations;

/// <summary>A sum of money named in a statute's text, with where it stands.</summary>
public sealed record AmountInText(decimal Yuan, string Text, int Index);

/// <summary>A fine band named in a statute's text: 五百元以上二万元以下, or 五百元以下 (from 0).</summary>
public sealed record BandInText(FineBand Band, string Text, int Index)
{
    public override string ToString() => $"{Text} ({ChineseAmount.Describe(Band)})";
}

/// <summary>
/// Amounts of money in statute text, in yuan: 五百元, 一万元, 二十万元, 1000元, 5万元; and the fine
/// bands they form (X元以上Y元以下).
/// </summary>
public static partial class ChineseAmount
{
    private const string Numeral = "[" + ChineseNumber.NumeralChars + "]+";

    [GeneratedRegex("(?<n>" + Numeral + ")元")]
    private static partial Regex AmountPattern();

    [GeneratedRegex("(?<min>" + Numeral + ")元以上(?<max>" + Numeral + ")元以下")]
    private static partial Regex RangePattern();

    [GeneratedRegex("(?<max>" + Numeral + ")元以下")]
    private static partial Regex UpperBoundPattern();

    // 对单位处一万元以上十万元以下, 对个人可以处二百元以上一千元以下. Not 对个人经营的投资人处…: only 可以 may stand between.
    [GeneratedRegex("对(?<party>单位|个人)(?:可以)?(?:并)?处(?:以)?(?<min>" + Numeral + ")元以上(?<max>" + Numeral + ")元以下")]
    private static partial Regex PartyRangePattern();

    /// <summary>Parses one amount such as 五百元, 二十万元, 1000元 or 5万 (元 optional) into yuan.</summary>
    public static decimal ParseYuan(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('元')) trimmed = trimmed[..^1];
        if (!ChineseNumber.TryParse(trimmed, out var yuan) || yuan <= 0)
            throw new FormatException($"'{text}' is not an amount of money");
        return yuan;
    }

    /// <summary>Every amount of money (…元) in the text, in order.</summary>
    public static IReadOnlyList<AmountInText> FindAmounts(string text) =>
        AmountPattern().Matches(Compact(text))
            .Select(m => ChineseNumber.TryParse(m.Groups["n"].Value, out var v) && v > 0 ? new AmountInText(v, m.Value, m.Index) : null)
            .OfType<AmountInText>()
            .ToList();

    /// <summary>
    /// Every fine band in the text: each "X元以上Y元以下" as X–Y, and each "Y元以下" that is not the end of
    /// such a range as 0–Y.
    /// </summary>
    public static IReadOnlyList<BandInText> FindBands(string text)
    {
        var compact = Compact(text);
        var bands = new List<BandInText>();
        var covered = new List<(int Start, int End)>();
        foreach (Match m in RangePattern().Matches(compact))
        {
            if (!TryBand(m, out var band)) continue;
            bands.Add(new BandInText(band, m.Value, m.Index));
            covered.Add((m.Index, m.Index + m.Length));
        }
        foreach (Match m in UpperBoundPattern().Matches(compact))
        {
            if (covered.Any(c => m.Index >= c.Start && m.Index < c.End)) continue;
            if (ChineseNumber.TryParse(m.Groups["max"].Value, out var max) && max > 0)
                bands.Add(new BandInText(new FineBand(0, max), m.Value, m.Index));
        }
        return bands.OrderBy(b => b.Index).ToList();
    }

    /// <summary>Bands the text gives one kind of party: 对单位处… (organisations), 对个人处… (individuals).</summary>
    public static IReadOnlyList<(PartyKind Party, BandInText Band)> FindPartyBands(string text)
    {
        var result = new List<(PartyKind, BandInText)>();
        foreach (Match m in PartyRangePattern().Matches(Compact(text)))
        {
            if (!TryBand(m, out var band)) continue;
            var party = m.Groups["party"].Value == "单位" ? PartyKind.Organisation : PartyKind.Individual;
            result.Add((party, new BandInText(band, m.Value, m.Index)));
        }
        return result;
    }

    public static string Describe(FineBand band) => $"{band.Min:0.##}–{band.Max:0.##} 元";

    /// <summary>Statute text with whitespace removed, the form all comparisons use.</summary>
    public static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static bool TryBand(Match m, out FineBand band)
    {
        band = null!;
        if (!ChineseNumber.TryParse(m.Groups["min"].Value, out var min) || !ChineseNumber.TryParse(m.Groups["max"].Value, out var max))
            return false;
        band = new FineBand(min, max);
        return true;
    }
}
