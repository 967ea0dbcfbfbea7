using System.Globalization;
using System.Text;

namespace Enforcement.Documents.Layout;

/// <summary>
/// A yuan amount as financial documents write it: in figures (500.00) and in capitals
/// (大写: 伍佰元整), with 零 for every gap of zeros between non-zero digits.
/// </summary>
internal static class RmbAmount
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] PlaceUnits = ["", "拾", "佰", "仟"];
    private static readonly string[] GroupUnits = ["", "万", "亿", "万亿"];

    public static string Figures(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Capitals(decimal amount)
    {
        if (amount < 0 || amount >= 10_000_000_000_000_000m) throw new ArgumentOutOfRangeException(nameof(amount), amount, "金额超出范围");
        var cents = (long)decimal.Round(amount * 100, MidpointRounding.AwayFromZero);
        var yuan = cents / 100;
        var jiao = (int)(cents / 10 % 10);
        var fen = (int)(cents % 10);

        var text = new StringBuilder(Yuan(yuan));
        if (yuan > 0) text.Append('元');
        if (jiao == 0 && fen == 0) return yuan == 0 ? "零元整" : text.Append('整').ToString();
        if (jiao > 0) text.Append(Digits[jiao]).Append('角');
        else if (yuan > 0) text.Append('零');
        if (fen > 0) text.Append(Digits[fen]).Append('分');
        else text.Append('整');
        return text.ToString();
    }

    private static string Yuan(long n)
    {
        var groups = new List<int>();
        for (var rest = n; rest > 0; rest /= 10000) groups.Add((int)(rest % 10000));
        var text = new StringBuilder();
        var pendingZero = false;
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            var value = groups[g];
            if (value == 0) { pendingZero = text.Length > 0; continue; }
            for (var place = 3; place >= 0; place--)
            {
                var digit = value / (int)Math.Pow(10, place) % 10;
                if (digit == 0) { pendingZero |= text.Length > 0; continue; }
                if (pendingZero) { text.Append('零'); pendingZero = false; }
                text.Append(Digits[digit]).Append(PlaceUnits[place]);
            }
            text.Append(GroupUnits[g]);
            pendingZero = false;
            if (value % 10 == 0 && g > 0) pendingZero = true;
        }
        return text.ToString();
    }
}
