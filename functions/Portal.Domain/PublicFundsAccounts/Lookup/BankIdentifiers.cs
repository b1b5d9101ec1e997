using System.Text.RegularExpressions;
using Portal.Domain.Identifiers;

namespace Portal.Domain.PublicFundsAccounts.Lookup;

/// <summary>A 統一金融機関コード as a route carries it: 4 ASCII digits; anything else is an unknown bank.</summary>
public static partial class BankIdentifiers
{
    public static IdentifierFormat BankCode { get; } =
        IdentifierFormat.Pattern("bank-code", BankCodePattern(), code => new UnknownBankException(code.Length > 10 ? code[..10] : code), "0001");

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex BankCodePattern();
}
