using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace MynaCard.SoftwareCard.CardFiles;

/// <summary>
/// A PIN as the card file keeps it: a salted PBKDF2-SHA256 hash (never the PIN), and its retry counter. The card
/// compares the VERIFY data byte for byte, as a real card does; the PIN's form is the issuer's business.
/// </summary>
public sealed class StoredPin
{
    public const string Pbkdf2Sha256 = "PBKDF2-SHA256";
    public const int DefaultIterations = 10_000;
    private const int SaltLength = 16;
    private const int HashLength = 32;

    public string Algorithm { get; set; } = Pbkdf2Sha256;

    public int Iterations { get; set; } = DefaultIterations;

    /// <summary>Base64.</summary>
    public string Salt { get; set; } = "";

    /// <summary>Base64 of PBKDF2-SHA256(PIN as ASCII, salt, iterations), 32 bytes.</summary>
    public string Hash { get; set; } = "";

    /// <summary>Tries a fresh or just-verified PIN has (1–15).</summary>
    public int MaxTries { get; set; }

    /// <summary>Tries left; 0 = blocked, for good.</summary>
    public int TriesLeft { get; set; }

    [JsonIgnore]
    public bool IsBlocked => TriesLeft == 0;

    public static StoredPin Create(string pin, int maxTries, int iterations = DefaultIterations)
    {
        ArgumentException.ThrowIfNullOrEmpty(pin);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTries, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxTries, 15);
        var salt = RandomNumberGenerator.GetBytes(SaltLength);
        var hash = Derive(Encoding.ASCII.GetBytes(pin), salt, iterations);
        return new StoredPin
        {
            Iterations = iterations,
            Salt = Convert.ToBase64String(salt),
            Hash = Convert.ToBase64String(hash),
            MaxTries = maxTries,
            TriesLeft = maxTries,
        };
    }

    /// <summary>Whether <paramref name="candidate"/> (the VERIFY data) is this PIN; does not touch the counter.</summary>
    public bool Matches(ReadOnlySpan<byte> candidate) =>
        CryptographicOperations.FixedTimeEquals(Derive(candidate, Convert.FromBase64String(Salt), Iterations),
            Convert.FromBase64String(Hash));

    internal void Validate(string where)
    {
        if (Algorithm != Pbkdf2Sha256)
        {
            throw new CardFileException($"{where}.algorithm: only \"{Pbkdf2Sha256}\" is known, not \"{Algorithm}\".");
        }
        if (Iterations is < 1 or > 10_000_000)
        {
            throw new CardFileException($"{where}.iterations: {Iterations} is out of range.");
        }
        CardFileFields.Base64(Salt, $"{where}.salt");
        if (CardFileFields.Base64(Hash, $"{where}.hash").Length != HashLength)
        {
            throw new CardFileException($"{where}.hash: not {HashLength} bytes.");
        }
        if (MaxTries is < 1 or > 15)
        {
            throw new CardFileException($"{where}.maxTries: {MaxTries} is not 1 to 15 (63 Cx has 4 bits).");
        }
        if (TriesLeft < 0 || TriesLeft > MaxTries)
        {
            throw new CardFileException($"{where}.triesLeft: {TriesLeft} is not 0 to {MaxTries}.");
        }
    }

    private static byte[] Derive(ReadOnlySpan<byte> pin, ReadOnlySpan<byte> salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(pin, salt, iterations, HashAlgorithmName.SHA256, HashLength);
}
