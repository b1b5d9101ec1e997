using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Procedures.Search;
using Portal.Domain.Residents.References;

namespace Portal.Domain.Residents.Lookup;

/// <summary>
/// The index key of the basic 4 items: an HMAC, under a key derived from the residentRef secret, of the items folded
/// the way search folds text (width, kana, case). The index then holds no personal data in the clear, and nobody
/// without the secret can test a guess of someone's items against it.
/// </summary>
public sealed class LookupKeys(ResidentRefs refs)
{
    private readonly Lazy<byte[]> _key = new(() => refs.DeriveKey("resident-lookup"));

    public string Of(ResidentProfile profile) => Of(profile.Name, profile.Address, profile.DateOfBirth, profile.Sex);

    public string Of(string name, string address, DateOnly dateOfBirth, string sex)
    {
        var text = string.Join('\n', FoldName(name), FoldAddress(address),
            dateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sex);
        return Base64Url.EncodeToString(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>"山田 花子", "山田　花子" and "山田花子" are one name: spaces between family and given name are dropped.</summary>
    internal static string FoldName(string name) => JapaneseNormalizer.Fold(name).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>
    /// Spaces between words of an address are dropped too, but a separator between two numbers stays one space, so
    /// "2-1-2" and "2-12" stay apart while "霞が関 2-1-2" and "霞が関2−1−2" meet.
    /// </summary>
    internal static string FoldAddress(string address)
    {
        var folded = JapaneseNormalizer.Fold(address);
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] != ' ' || (i > 0 && char.IsAsciiDigit(folded[i - 1]) && i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1])))
            {
                builder.Append(folded[i]);
            }
        }
        return builder.ToString();
    }
}
