namespace Portal.Contracts.PublicFundsAccounts;

/// <summary><c>PUT /api/me/public-funds-account</c>: the whole account, as the resident typed it.</summary>
/// <param name="BankCode">4 digits (統一金融機関コード).</param>
/// <param name="BranchCode">3 digits (店舗コード) of that bank.</param>
/// <param name="AccountType"><c>ordinary</c> (普通) or <c>current</c> (当座); the Japanese labels are taken too.</param>
/// <param name="AccountNumber">7 digits.</param>
/// <param name="HolderKana">口座名義 in kana as typed (hiragana, small kana and full- or half-width are normalised).</param>
public sealed record PublicFundsAccountUpdate(
    string? BankCode, string? BranchCode, string? AccountType, string? AccountNumber, string? HolderKana)
{
    public override string ToString() => "PublicFundsAccountUpdate { redacted }";
}
