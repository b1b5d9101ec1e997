using Portal.Domain.Applications.Receipts;

namespace Portal.Domain.Tests.Applications.Receipts;

/// <summary>
/// The two properties the receipt number relies on, proven over every case: for the table itself (every interim digit
/// and every pair of digits) and, end to end, for every position, substitution and neighbour swap of sample numbers.
/// </summary>
public sealed class DammCheckDigitTests
{
    public static TheoryData<int> Digits() => new(Enumerable.Range(0, 10));

    /// <summary>Each row and column is a permutation, so one changed digit always changes the final interim digit.</summary>
    [Theory]
    [MemberData(nameof(Digits))]
    public void EveryRowAndColumnOfTheTableIsAPermutation(int index)
    {
        Assert.Equal(Enumerable.Range(0, 10), DammCheckDigit.Table[index].Order());
        Assert.Equal(Enumerable.Range(0, 10), Enumerable.Range(0, 10).Select(row => DammCheckDigit.Table[row][index]).Order());
    }

    /// <summary>Weak total anti-symmetry: (c∗a)∗b = (c∗b)∗a only when a = b, for every interim c: swaps of neighbours change the result.</summary>
    [Theory]
    [MemberData(nameof(Digits))]
    public void SwappingTwoDifferentNeighboursAlwaysChangesTheInterimDigit(int interim)
    {
        var t = DammCheckDigit.Table;
        for (var a = 0; a < 10; a++)
        {
            for (var b = 0; b < 10; b++)
            {
                if (a != b)
                {
                    Assert.NotEqual(t[t[interim][a]][b], t[t[interim][b]][a]);
                }
            }
        }
    }

    [Fact]
    public void TheDiagonalIsZeroSoANumberWithItsCheckDigitChecksToZero()
    {
        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal(0, DammCheckDigit.Table[i][i]));
    }

    [Theory]
    [InlineData("572", '4')] // Damm's published example: 5724 is valid.
    [InlineData("0", '0')]
    [InlineData("261127123456", '0')] // computed independently (Python, same table)
    public void TheCheckDigitIsTheFinalInterimDigit(string digits, char expected)
    {
        Assert.Equal(expected, DammCheckDigit.Compute(digits));
        Assert.True(DammCheckDigit.IsValid(digits + expected));
    }

    public static TheoryData<string> Samples() => new(
        "261127000000", "261127999999", "261127048153", "301231123456", "260101987650", "991231314159");

    [Theory]
    [MemberData(nameof(Samples))]
    public void EverySingleWrongDigitIsDetected(string body)
    {
        var valid = body + DammCheckDigit.Compute(body);
        for (var position = 0; position < valid.Length; position++)
        {
            foreach (var digit in "0123456789")
            {
                if (digit == valid[position])
                {
                    continue;
                }
                var wrong = valid[..position] + digit + valid[(position + 1)..];
                Assert.False(DammCheckDigit.IsValid(wrong), $"{wrong} (from {valid}) passed");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EverySwapOfTwoDifferentNeighboursIsDetected(string body)
    {
        var valid = body + DammCheckDigit.Compute(body);
        for (var position = 0; position + 1 < valid.Length; position++)
        {
            if (valid[position] == valid[position + 1])
            {
                continue;
            }
            var swapped = valid[..position] + valid[position + 1] + valid[position] + valid[(position + 2)..];
            Assert.False(DammCheckDigit.IsValid(swapped), $"{swapped} (from {valid}) passed");
        }
    }

    /// <summary>Every two-digit prefix, every digit after it, every substitution and swap there: the same properties, exhaustively.</summary>
    [Fact]
    public void EverySubstitutionAndSwapOfEveryThreeDigitNumberIsDetected()
    {
        for (var n = 0; n < 1000; n++)
        {
            var body = n.ToString("D3");
            var valid = body + DammCheckDigit.Compute(body);
            for (var position = 0; position < valid.Length; position++)
            {
                foreach (var digit in "0123456789")
                {
                    if (digit != valid[position])
                    {
                        Assert.False(DammCheckDigit.IsValid(valid[..position] + digit + valid[(position + 1)..]));
                    }
                }
                if (position + 1 < valid.Length && valid[position] != valid[position + 1])
                {
                    Assert.False(DammCheckDigit.IsValid(valid[..position] + valid[position + 1] + valid[position] + valid[(position + 2)..]));
                }
            }
        }
    }
}
