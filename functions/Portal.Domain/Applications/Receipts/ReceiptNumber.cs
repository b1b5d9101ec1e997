using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Portal.Domain.Applications.Receipts;

/// <summary>
/// 受付番号: 13 digits read out in groups of four, e.g. <c>2611-2704-8153-6</c>.
/// <list type="bullet">
/// <item>digits 1–6: the receipt date in Japan (YYMMDD), so staff can place a number at a glance and a day's numbers
/// never collide with another day's;</item>
/// <item>digits 7–12: random, so numbers reveal nothing about volumes and cannot be guessed in sequence (uniqueness
/// comes from reserving the number in <c>receipts</c> only if absent, redrawn on conflict);</item>
/// <item>digit 13: the Damm check digit over the first twelve, which catches every single wrong digit and every swap
/// of two neighbouring digits, the two commonest errors of a number heard over the phone.</item>
/// </list>
/// Only digits, so it can be keyed on a phone pad and read in any language; no letters to confuse (O/0, I/1).
/// </summary>
public readonly record struct ReceiptNumber
{
    public const int Length = 13;

    private readonly string _digits;

    private ReceiptNumber(string digits) => _digits = digits;

    /// <summary>The 13 digits without separators.</summary>
    public string Digits => _digits ?? throw new InvalidOperationException("An uninitialised receipt number.");

    /// <summary>From the date and six random digits (0..999999); the check digit is computed.</summary>
    public static ReceiptNumber Create(DateOnly date, int random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(random);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(random, 999_999);
        if (date.Year is < 2000 or > 2099)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Two-digit years cover 2000–2099.");
        }
        var body = string.Create(CultureInfo.InvariantCulture, $"{date:yyMMdd}{random:D6}");
        return new ReceiptNumber(body + DammCheckDigit.Compute(body));
    }

    /// <summary>The receipt date the number carries.</summary>
    public DateOnly Date => new(2000 + int.Parse(Digits.AsSpan(0, 2), CultureInfo.InvariantCulture),
        int.Parse(Digits.AsSpan(2, 2), CultureInfo.InvariantCulture), int.Parse(Digits.AsSpan(4, 2), CultureInfo.InvariantCulture));

    /// <summary>Grouped as read out: <c>NNNN-NNNN-NNNN-N</c>. This is also the application's document id.</summary>
    public override string ToString() => $"{Digits[..4]}-{Digits[4..8]}-{Digits[8..12]}-{Digits[12]}";

    /// <exception cref="FormatException">Not 13 digits with a valid check digit and date.</exception>
    public static ReceiptNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException("Not a receipt number.");

    /// <summary>
    /// Accepts what residents type or copy: ASCII or full-width digits, with any hyphens (-, ‐, −, －, ー) or spaces
    /// (including the full-width space) anywhere. Refuses a wrong check digit or an impossible date.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReceiptNumber number)
    {
        number = default;
        if (text is null)
        {
            return false;
        }
        var digits = new StringBuilder(Length);
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
            }
            else if (c is >= '０' and <= '９')
            {
                digits.Append((char)('0' + (c - '０')));
            }
            else if (!IsSeparator(c))
            {
                return false;
            }
            if (digits.Length > Length)
            {
                return false;
            }
        }
        if (digits.Length != Length)
        {
            return false;
        }
        var value = digits.ToString();
        if (!DammCheckDigit.IsValid(value)
            || !DateOnly.TryParseExact(value[..6], "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return false;
        }
        number = new ReceiptNumber(value);
        return true;
    }

    private static bool IsSeparator(char c) => c is '-' or ' ' or '\u3000' or '\u2010' or '\u2011' or '\u2012' or '\u2013'
        or '\u2014' or '\u2015' or '\u2212' or '\uFF0D' or '\u30FC' or '\uFF70';
}
