using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.PublicFundsAccounts.BankDataChanges;

/// <summary>
/// The daily bank-data check: every registered account is compared with the newest Zengin data (a bank code gone, a
/// branch code gone under its bank, a branch renamed against the data the portal checked it with). Each affected
/// account is told once and marked invalid once; an account already marked is left alone until the resident registers
/// again (which clears the mark). Logs carry account ids and codes, never the number or a name.
/// </summary>
public sealed class BankDataChangeScan(
    RegisteredAccounts registered, PublicFundsAccountRepository accounts, ZenginDirectory known, BankDataChangeNotices notices,
    TimeProvider clock, ILogger<BankDataChangeScan>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<BankDataChangeScan>.Instance;

    /// <returns>How many accounts this run marked invalid.</returns>
    public async Task<int> RunAsync(ZenginDirectory current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        var marked = 0;
        await foreach (var account in registered.AllAsync(cancellationToken))
        {
            if (account.InvalidatedAt is not null || BankDataChange.Of(account, known, current) is not { } change)
            {
                continue;
            }
            // Told before marked: a run that fails between the two tells again next time under the same id (one
            // notice), where marking first could leave an account marked and never told.
            await notices.TellAsync(account, change, cancellationToken);
            var stored = await accounts.ReadAsync(account.ResidentId, cancellationToken);
            if (stored is null || stored.Document.UpdatedAt != account.UpdatedAt)
            {
                continue; // Changed or deleted since the query: the next run checks what is there now.
            }
            var invalid = stored.Document with { InvalidatedAt = clock.GetUtcNow(), InvalidReason = change.Reason };
            if (await accounts.TryReplaceAsync(invalid, stored.ETag, cancellationToken) is not null)
            {
                marked++;
                _logger.LogInformation("Public-funds account of account {AccountId} invalidated ({Reason}, bank {BankCode}, branch {BranchCode})",
                    account.ResidentId, change.Reason, account.BankCode, account.BranchCode);
            }
        }
        return marked;
    }
}
