using System.Text;
using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.PublicFundsAccounts.Lookup;

/// <summary>
/// What a resident typed to find a bank or branch, in the forms the data is compared in: the name folded by NFKC (so
/// ＵＦＪ and UFJ, ｶﾅ and カナ are one), the kana in the Zengin set (hiragana → katakana, small kana written large, as
/// the data writes them), and the digits when it is a code. A trailing 銀行 / 支店 is dropped: the data names
/// みずほ, not みずほ銀行; and 信用金庫 / 信用組合 are written 信金 / 信組, as the data writes them.
/// </summary>
public sealed record BankQuery(string Name, string? Kana, string? Digits)
{
    public const int MaxLength = 50;

    private static readonly string[] Suffixes = ["銀行", "ぎんこう", "ギンコウ", "ｷﾞﾝｺｳ", "支店", "してん", "シテン", "ｼﾃﾝ", "本店"];

    /// <returns>Null when nothing searchable was typed.</returns>
    public static BankQuery? Parse(string? typed)
    {
        var text = Fold(typed ?? string.Empty).Trim();
        foreach (var suffix in Suffixes)
        {
            var folded = Fold(suffix);
            if (text.Length > folded.Length && text.EndsWith(folded, StringComparison.Ordinal))
            {
                text = text[..^folded.Length].TrimEnd();
                break;
            }
        }
        text = text.Replace("信用金庫", "信金", StringComparison.Ordinal).Replace("信用組合", "信組", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return null;
        }
        var digits = text.All(char.IsAsciiDigit) ? text : null;
        var kana = digits is null ? ZenginKana.Normalise(text)?.Replace("\u3000", string.Empty, StringComparison.Ordinal)
            .Replace("シンヨウキンコ", "シンキン", StringComparison.Ordinal).Replace("シンヨウクミアイ", "シンクミ", StringComparison.Ordinal) : null;
        return new BankQuery(text.Replace(" ", string.Empty, StringComparison.Ordinal), kana, digits);
    }

    /// <summary>NFKC, as both the query and the data's names are compared.</summary>
    public static string Fold(string text) => text.Normalize(NormalizationForm.FormKC);

    /// <summary>0 exact, 1 prefix, 2 contained, null no match: the code first, then the name, then the kana.</summary>
    public int? Rank(string code, string name, string kana)
    {
        if (Digits is not null)
        {
            return code == Digits ? 0 : code.StartsWith(Digits, StringComparison.Ordinal) ? 1 : null;
        }
        return Best(Match(Fold(name), Name), Kana is null ? null : Match(kana, Kana));
    }

    private static int? Match(string value, string query) =>
        value == query ? 0
        : value.StartsWith(query, StringComparison.Ordinal) ? 1
        : value.Contains(query, StringComparison.Ordinal) ? 2
        : null;

    private static int? Best(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
