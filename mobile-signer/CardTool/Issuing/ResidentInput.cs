using System.Globalization;
using CardTool.Cli;

namespace CardTool.Issuing;

/// <summary>The (test) resident a card is issued to, checked as the issuing office would: every rule is a usage error.</summary>
public sealed record ResidentInput(string Name, string Address, DateOnly BirthDate, string Sex)
{
    /// <summary>The longest address JPKI certificates carry (200 characters); names are far shorter in practice.</summary>
    public const int MaxAddressLength = 200;
    public const int MaxNameLength = 100;

    /// <summary>The card's ISO 5218 code as the signing certificate codes sex: 1 male, 2 female, 3 unknown (for 9).</summary>
    public string CertificateSex => Sex == "9" ? "3" : Sex;

    /// <summary>生年月日 as the 券面事項入力補助AP stores it.</summary>
    public string CardBirthDate => BirthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static ResidentInput Parse(string name, string address, string birth, string sex, DateOnly today)
    {
        Text(name, "--name", MaxNameLength);
        Text(address, "--address", MaxAddressLength);
        if (!DateOnly.TryParseExact(birth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new UsageException($"--birth is a date as YYYY-MM-DD, not \"{birth}\".");
        }
        if (date > today || date.Year < 1868)
        {
            throw new UsageException($"--birth {birth} is not a possible date of birth.");
        }
        if (sex is not ("1" or "2" or "9"))
        {
            throw new UsageException($"--sex is 1 (male), 2 (female) or 9 (not applicable), not \"{sex}\".");
        }
        return new ResidentInput(name, address, date, sex);
    }

    private static void Text(string value, string option, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new UsageException($"{option} is empty.");
        }
        if (value.EnumerateRunes().Count() > maxLength)
        {
            throw new UsageException($"{option} has more than {maxLength} characters.");
        }
        if (value.Any(char.IsControl))
        {
            throw new UsageException($"{option} contains a control character.");
        }
    }

    /// <summary>The basic 4 items are personal data: never print them, not even in a test tool's debug output.</summary>
    public override string ToString() => $"{nameof(ResidentInput)} {{ (personal data not shown) }}";
}
