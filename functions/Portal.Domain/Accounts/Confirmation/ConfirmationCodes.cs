using System.Security.Cryptography;
using System.Text;

namespace Portal.Domain.Accounts.Confirmation;

/// <summary>Six-digit codes from the system CSPRNG, kept only as a salted SHA-256.</summary>
public static class ConfirmationCodes
{
    public const int Length = 6;

    public static string New() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsWellFormed(string? code) => code is { Length: Length } && code.All(char.IsAsciiDigit);

    public static string Hash(string salt, string code) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes($"{salt}:{code}")));

    /// <summary>Constant-time, so the comparison itself tells nothing.</summary>
    public static bool Matches(EmailConfirmation confirmation, string code) =>
        CryptographicOperations.FixedTimeEquals(
            Convert.FromBase64String(Hash(confirmation.Salt, code)), Convert.FromBase64String(confirmation.CodeHash));
}
