namespace Enforcement.Shared.Catalogue;

/// <summary>Article numbers as Chinese statutes write them: 第一百一十八条.</summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    public static string Format(int n)
    {
        if (n <= 0 || n >= 1000) throw new ArgumentOutOfRangeException(nameof(n), n, "articles run 1–999");
        var hundreds = n / 100;
        var tens = n / 10 % 10;
        var ones = n % 10;
        var text = "";
        if (hundreds > 0) text += Digits[hundreds] + "百";
        if (tens > 0) text += (tens == 1 && hundreds == 0 ? "" : Digits[tens]) + "十";
        else if (hundreds > 0 && ones > 0) text += "零";
        if (ones > 0) text += Digits[ones];
        return text;
    }
}
