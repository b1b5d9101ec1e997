using System.Text;
using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.PublicFundsAccounts;

/// <summary>
/// 公金受取口座: the one account benefits are paid into, in the resident's own name. One document in <c>residents</c>,
/// in the resident's partition, under a fixed id; deleted with the account. Personal data: the text form is redacted,
/// so a log line that formats it shows no account number or name.
/// </summary>
public sealed record PublicFundsAccount : IDocument
{
    public const string DocumentType = "publicFundsAccount";

    public const string DocumentId = "publicfundsaccount";

    public string Id { get; init; } = DocumentId;

    public required string ResidentId { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>4 digits, listed in the Zengin data when registered.</summary>
    public required string BankCode { get; init; }

    /// <summary>3 digits, listed under the bank when registered.</summary>
    public required string BranchCode { get; init; }

    /// <summary>One of <see cref="AccountTypes"/>.</summary>
    public required string AccountType { get; init; }

    /// <summary>7 digits.</summary>
    public required string AccountNumber { get; init; }

    /// <summary>口座名義 in the Zengin set (<see cref="Zengin.ZenginKana"/>).</summary>
    public required string HolderKana { get; init; }

    /// <summary>The name read from the resident's card (利用者情報) when the account was registered or changed.</summary>
    public required string HolderName { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>
    /// When the bank-data check found the Zengin data no longer lists the account as registered (a merger, a
    /// renumbered or renamed branch): set once, cleared by registering the account again. Null while valid.
    /// </summary>
    public DateTimeOffset? InvalidatedAt { get; init; }

    /// <summary>Why, as a <see cref="BankDataChanges.BankDataChangeReasons"/> code; null while valid.</summary>
    public string? InvalidReason { get; init; }

    [JsonIgnore]
    public string PartitionKey => ResidentId;

    /// <summary>
    /// Whether payments can go to it: its bank and branch are listed in <paramref name="directory"/> and the bank-data
    /// check has not marked it (a renamed branch keeps its code but is marked). The one rule every view and check uses.
    /// </summary>
    public bool IsValidIn(Zengin.ZenginDirectory directory) =>
        InvalidatedAt is null && directory.FindBank(BankCode) is not null && directory.FindBranch(BankCode, BranchCode) is not null;

    /// <summary>"****567": the last three digits, as notices and the chat show it.</summary>
    [JsonIgnore]
    public string MaskedNumber => "****" + AccountNumber[^3..];

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("redacted");
        return true;
    }
}
