using System.Diagnostics.CodeAnalysis;

namespace Portal.Domain.LocalGovernments;

/// <summary>
/// A 全国地方公共団体コード: two digits of prefecture (01–47), three of municipality, one check digit. The check digit
/// is (11 − (6a + 5b + 4c + 3d + 2e) mod 11) mod 10 over the first five digits, so a remainder of 0 gives 1 and of
/// 1 gives 0 — as every published code bears out (131016 千代田区, 011002 札幌市, 010006 北海道).
/// Exactly six ASCII digits: a code whose leading zero a spreadsheet dropped ("10006") is padded by whoever loaded it,
/// never guessed here.
/// </summary>
public readonly record struct LocalGovernmentCode
{
    public const int Length = 6;

    private static readonly int[] Weights = [6, 5, 4, 3, 2];

    private LocalGovernmentCode(string value) => Value = value;

    /// <summary>The six digits, e.g. "131016".</summary>
    public string Value { get; }

    /// <summary>1 (北海道) to 47 (沖縄県).</summary>
    public int Prefecture => (Value[0] - '0') * 10 + (Value[1] - '0');

    /// <summary>True for a prefecture itself (xx000c) rather than one of its municipalities.</summary>
    public bool IsPrefecture => Value.AsSpan(2, 3).SequenceEqual("000");

    public static bool TryParse([NotNullWhen(true)] string? text, out LocalGovernmentCode code)
    {
        code = default;
        if (Check(text) != LocalGovernmentCodeProblem.None)
        {
            return false;
        }
        code = new LocalGovernmentCode(text!);
        return true;
    }

    /// <exception cref="FormatException">Not six digits, no such prefecture, or a wrong check digit.</exception>
    public static LocalGovernmentCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"\"{text}\" is not a local government code ({Check(text)}).");

    /// <summary>What is wrong with <paramref name="text"/>, so that a caller can say it in its own words.</summary>
    public static LocalGovernmentCodeProblem Check(string? text)
    {
        if (text is null || text.Length != Length || !text.All(char.IsAsciiDigit))
        {
            return LocalGovernmentCodeProblem.NotSixDigits;
        }
        var prefecture = (text[0] - '0') * 10 + (text[1] - '0');
        if (prefecture is < 1 or > 47)
        {
            return LocalGovernmentCodeProblem.NoSuchPrefecture;
        }
        return text[5] - '0' == CheckDigit(text.AsSpan(0, 5)) ? LocalGovernmentCodeProblem.None : LocalGovernmentCodeProblem.WrongCheckDigit;
    }

    /// <summary>The check digit of the first five digits (ASCII digits only).</summary>
    public static int CheckDigit(ReadOnlySpan<char> firstFive)
    {
        if (firstFive.Length != 5 || firstFive.ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("Five ASCII digits are needed.", nameof(firstFive));
        }
        var sum = 0;
        for (var i = 0; i < 5; i++)
        {
            sum += (firstFive[i] - '0') * Weights[i];
        }
        return (11 - sum % 11) % 10;
    }

    public override string ToString() => Value ?? "";
}
