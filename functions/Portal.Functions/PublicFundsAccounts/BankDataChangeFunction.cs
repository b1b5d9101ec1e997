using Microsoft.Azure.Functions.Worker;
using Portal.Domain.PublicFundsAccounts.BankDataChanges;

namespace Portal.Functions.PublicFundsAccounts;

/// <summary>Daily: the registered 公金受取口座 against the newest Zengin data (UTC 19:00 = 04:00 JST, after the draft expiry).</summary>
public sealed class BankDataChangeFunction(BankDataChangeScan scan, ZenginDataSource source)
{
    [Function("CheckPublicFundsAccountBankData")]
    public Task Run([TimerTrigger("0 0 19 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        scan.RunAsync(source.Current(), cancellationToken);
}
