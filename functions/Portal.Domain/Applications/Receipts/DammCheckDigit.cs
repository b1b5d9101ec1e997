namespace Portal.Domain.Applications.Receipts;

/// <summary>
/// The Damm check digit (H. M. Damm, 2004): a decimal check over a totally anti-symmetric quasigroup of order 10, which
/// detects every single-digit error and every adjacent transposition, with one digit and no letters (unlike ISO 7064
/// MOD 11-2's "X"). A digit string is valid when running it through the table, check digit included, ends at 0.
/// </summary>
public static class DammCheckDigit
{
    /// <summary>Damm's table: row = interim digit, column = next digit.</summary>
    public static readonly IReadOnlyList<IReadOnlyList<int>> Table =
    [
        [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
        [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
        [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
        [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
        [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
        [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
        [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
        [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
        [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
        [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
    ];

    /// <summary>The interim digit after <paramref name="digits"/> (ASCII digits only); it is the check digit to append.</summary>
    public static char Compute(ReadOnlySpan<char> digits)
    {
        var interim = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                throw new ArgumentException("Only ASCII digits.", nameof(digits));
            }
            interim = Table[interim][c - '0'];
        }
        return (char)('0' + interim);
    }

    /// <summary>Whether <paramref name="digitsWithCheck"/> ends in its correct check digit.</summary>
    public static bool IsValid(ReadOnlySpan<char> digitsWithCheck) =>
        digitsWithCheck.Length >= 2 && Compute(digitsWithCheck) == '0';
}
