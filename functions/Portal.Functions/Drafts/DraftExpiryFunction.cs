using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Drafts;

namespace Portal.Functions.Drafts;

/// <summary>Daily: remind about drafts about to expire, delete expired ones with their files (UTC 18:00 = 03:00 JST).</summary>
public sealed class DraftExpiryFunction(DraftExpiry expiry)
{
    [Function("ExpireDrafts")]
    public Task Run([TimerTrigger("0 0 18 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        expiry.RunAsync(cancellationToken);
}
