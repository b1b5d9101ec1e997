using System.Globalization;
using System.Text;

namespace Portal.Contracts.Canonical;

/// <summary>
/// A double as ECMAScript's Number.prototype.toString writes it (ECMA-262 Number::toString, which RFC 8785 §3.2.2.3
/// adopts): the shortest digits that round-trip, in plain notation from 1e-6 up to 1e21 and exponent notation outside.
/// </summary>
public static class EcmaScriptNumber
{
    /// <exception cref="CanonicalizationException">NaN or an infinity, which JSON cannot hold.</exception>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new CanonicalizationException("NaN and infinities are not JSON numbers.");
        }
        if (value == 0)
        {
            return "0"; // -0 too
        }
        var (digits, n) = ShortestDigits(Math.Abs(value));
        var k = digits.Length;
        var text = new StringBuilder(value < 0 ? "-" : "");
        if (k <= n && n <= 21)
        {
            text.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            text.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            text.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var exponent = n - 1;
            text.Append(digits[0]);
            if (k > 1)
            {
                text.Append('.').Append(digits, 1, k - 1);
            }
            text.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>The shortest round-trip digits (no leading or trailing zeros) and n, with value = 0.digits × 10^n.</summary>
    private static (string Digits, int N) ShortestDigits(double positive)
    {
        // .NET's "R" is the shortest round-trip form since .NET Core 3.0; only its layout differs from ECMAScript's.
        var r = positive.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = r.IndexOfAny(['E', 'e']);
        var exponent = exponentAt < 0 ? 0 : int.Parse(r[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? r : r[..exponentAt];
        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var n = (point < 0 ? mantissa.Length : point) + exponent;
        var leading = digits.Length - digits.TrimStart('0').Length;
        return (digits.Trim('0'), n - leading);
    }
}
