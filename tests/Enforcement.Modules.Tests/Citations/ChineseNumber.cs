using System.Globalization;

namespace Enforcement.Modules.Tests.Citations;

/// <summary>
/// Chinese numerals as statutes write them, both ways: 一百一十八 ↔ 118, 十九 ↔ 19, 一百零五 ↔ 105,
/// 二十万 ↔ 200000. Kept independent of <c>ChineseNumerals</c> in the shared project so that the
/// citation tests do not trust the code they check.
/// </summary>
public static class ChineseNumber
{
    private const string DigitChars = "零一二三四五六七八九";

    /// <summary>Every character that can be part of a numeral: Chinese digits and units, Arabic digits, point.</summary>
    public const string NumeralChars = "0123456789０１２３４５６７８９.．零〇一二两三四五六七八九十百千万亿";

    /// <summary>Parses a Chinese, Arabic or mixed numeral (十九, 一百零五, 二十五万, 1000, 5万, 0.5万).</summary>
    public static decimal Parse(string text)
    {
        if (!TryParse(text, out var value))
            throw new FormatException($"'{text}' is not a Chinese or Arabic numeral");
        return value;
    }

    /// <summary>Parses an article, paragraph or clause number; it must be a whole number from 1 up.</summary>
    public static int ParseInt(string text)
    {
        var value = Parse(text);
        if (value < 1 || value != decimal.Truncate(value))
            throw new FormatException($"'{text}' is not a whole number from 1 up");
        return (int)value;
    }

    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text)) return false;
        text = text.Normalize(System.Text.NormalizationForm.FormKC); // full-width digits and point → ASCII

        decimal total = 0;     // everything before the last 亿/万
        decimal section = 0;   // the part below 万 being built
        decimal? digit = null; // the digit waiting for its unit
        var sawDigitOrUnit = false;

        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsAsciiDigit(ch) || ch == '.')
            {
                var start = i;
                while (i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] == '.')) i++;
                if (digit is not null) return false;
                if (!decimal.TryParse(text.AsSpan(start, i - start + 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var arabic))
                    return false;
                digit = arabic;
                sawDigitOrUnit = true;
                continue;
            }

            var d = ch switch { '〇' => 0, '两' => 2, _ => DigitChars.IndexOf(ch) };
            if (d >= 0)
            {
                digit = d == 0 ? null : d; // 零 only marks a gap (一百零五)
                sawDigitOrUnit = true;
                continue;
            }

            switch (ch)
            {
                case '十' or '百' or '千':
                    var unit = ch switch { '十' => 10, '百' => 100, _ => 1000 };
                    section += (digit ?? 1) * unit; // a bare 十 is ten (十九)
                    digit = null;
                    break;
                case '万':
                    if (section == 0 && digit is null && total == 0) return false; // 万 alone
                    total += (section + (digit ?? 0)) * 10_000;
                    section = 0;
                    digit = null;
                    break;
                case '亿':
                    total = (total + section + (digit ?? 0)) * 100_000_000;
                    section = 0;
                    digit = null;
                    break;
                default:
                    return false;
            }
            sawDigitOrUnit = true;
        }

        value = total + section + (digit ?? 0);
        return sawDigitOrUnit;
    }

    /// <summary>Formats 1–9999 the way article numbers are written: 十九, 一百零五, 一百一十八, 一千零一十.</summary>
    public static string Format(int n)
    {
        if (n is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(n), n, "1–9999");
        var places = new[] { (1000, "千"), (100, "百"), (10, "十"), (1, "") };
        var text = "";
        var pendingZero = false;
        foreach (var (size, unit) in places)
        {
            var d = n / size % 10;
            if (d == 0)
            {
                pendingZero = text.Length > 0; // a gap inside the number is read 零
                continue;
            }
            if (pendingZero) text += "零";
            pendingZero = false;
            // 十九, not 一十九 — but 一百一十八 keeps its 一.
            text += size == 10 && d == 1 && text.Length == 0 ? unit : DigitChars[d] + unit;
        }
        return text;
    }
}
