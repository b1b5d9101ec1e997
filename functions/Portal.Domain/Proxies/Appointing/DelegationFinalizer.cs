using Microsoft.Extensions.Logging;
using Portal.Domain.Accounts;
using Portal.Domain.Errors;
using Portal.Domain.Identity;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>
/// Decides a pending delegation once its card request was answered or ran out, when either party next reads it (both
/// are present at the portal while the other reads their card, and its page reads the delegation until it is decided).
/// The answering card must be the named person's: its authentication certificate belongs to a registered account other
/// than the starter's, and its signing certificate carries the name and date of birth the starter gave. Anything else
/// is declined with the same words, never saying whose card it was, so a third person's card never accepts. The
/// decision is one conditional replace: of two concurrent readers one decides, the other reads what was decided.
/// </summary>
public sealed class DelegationFinalizer(
    Delegations delegations,
    CardRequestRepository cardRequests,
    CertificateClaimRepository claims,
    AccountRepository accounts,
    OperationHistoryStore history,
    ProxyNotices notices,
    TimeProvider clock,
    ILogger<DelegationFinalizer> logger)
{
    /// <param name="clientId">The client of the resident reading (recorded in 操作履歴).</param>
    /// <returns>The delegation as it now is.</returns>
    public async Task<Delegation> FinalizeAsync(Stored<Delegation> stored, string clientId, CancellationToken cancellationToken)
    {
        var pending = stored.Document;
        if (pending.State != DelegationStates.Pending || pending.CardRequestId is null)
        {
            return pending;
        }
        var now = clock.GetUtcNow();
        var request = RandomTokens.IsRequestId(pending.CardRequestId)
            ? (await cardRequests.FindAsync(pending.CardRequestId, cancellationToken))?.Document
            : null;
        Delegation decided;
        string? acceptor = null;
        if (request?.Outcome is { Signature: not null, Certificate: not null } outcome)
        {
            var accepting = await AcceptingPartyAsync(pending, outcome, cancellationToken);
            if (accepting is { } found)
            {
                acceptor = found.AccountId;
                decided = Accepted(pending, found.AccountId, found.Holder, outcome, request);
                // Before the decision is written: if this reader stops after it, the acceptor still finds it listed.
                await delegations.AddReferenceAsync(acceptor, pending.Id, AcceptingRole(pending), now, cancellationToken);
            }
            else
            {
                decided = Declined(pending, DeclineReasons.IdentityNotConfirmed, outcome.CompletedAt);
            }
        }
        else if (request is null || request.IsUsed || request.IsExpiredAt(now) || now >= pending.AcceptBy)
        {
            // Expired unanswered, burned by wrong answers, or gone (its retention passed before anyone read the delegation).
            decided = Declined(pending, DeclineReasons.Expired, now);
        }
        else
        {
            return pending;
        }
        try
        {
            await delegations.ReplaceAsync(decided, stored.ETag, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Another reader decided (or a party ended it) first: what it wrote stands, and it recorded and told.
            return (await delegations.ReadAsync(pending.Id, cancellationToken))?.Document ?? pending;
        }
        await RecordAsync(decided, StarterOf(pending), acceptor, clientId, cancellationToken);
        logger.LogInformation("Delegation {DelegationId} {State} ({Reason})", decided.Id, decided.State, decided.DeclineReason ?? "accepted");
        return decided;
    }

    /// <summary>The account that started it: the principal when principal-first, else the proxy.</summary>
    public static string StarterOf(Delegation delegation) =>
        (delegation.Direction == DelegationDirections.PrincipalFirst ? delegation.PrincipalId : delegation.ProxyId)!;

    private static string AcceptingRole(Delegation delegation) =>
        delegation.Direction == DelegationDirections.PrincipalFirst ? DelegationRoles.Proxy : DelegationRoles.Principal;

    private async Task<(string AccountId, SigningCertificateHolder Holder)?> AcceptingPartyAsync(
        Delegation pending, CardRequestOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.AuthenticationIssuer is not { } issuer || outcome.AuthenticationSerialNumber is not { } serial
            || await claims.FindAsync(issuer, serial, cancellationToken) is not { } claim
            || claim.AccountId == StarterOf(pending))
        {
            return null;
        }
        var account = (await accounts.FindAsync(claim.AccountId, cancellationToken))?.Document;
        if (account is not { IsRegistered: true } || !account.Certificates.Any(c => c.Is(issuer, serial)))
        {
            return null;
        }
        if (!SigningCertificateHolder.TryRead(Convert.FromBase64String(outcome.Certificate!), out var holder)
            || !PersonNames.Same(pending.Invited, holder))
        {
            return null;
        }
        return (account.Id, holder);
    }

    private static Delegation Accepted(Delegation pending, string acceptor, SigningCertificateHolder holder, CardRequestOutcome outcome, CardRequest request)
    {
        var acceptance = new DelegationAcceptance(Convert.ToBase64String(DelegationTermsDocument.Of(pending)), outcome.Certificate!,
            outcome.Signature!, outcome.CompletedAt, request.DataToSign);
        var accepted = pending with { State = DelegationStates.Active, AcceptedAt = outcome.CompletedAt, Acceptance = acceptance };
        // The accepting party's name as their own card has it, not as the starter typed it.
        return pending.Direction == DelegationDirections.PrincipalFirst
            ? accepted with { ProxyId = acceptor, ProxyName = holder.Name }
            : accepted with { PrincipalId = acceptor, PrincipalName = holder.Name };
    }

    private static Delegation Declined(Delegation pending, string reason, DateTimeOffset at) =>
        pending with { State = DelegationStates.Declined, DeclineReason = reason, EndedAt = at };

    private async Task RecordAsync(Delegation decided, string starter, string? acceptor, string clientId, CancellationToken cancellationToken)
    {
        if (acceptor is null)
        {
            await history.AppendAsync(new ResidentContext(starter, starter, clientId), ProxyOperations.Decline, decided.Id,
                OperationOutcome.Refused, cancellationToken);
            return;
        }
        await history.AppendAsync(new ResidentContext(starter, starter, clientId), ProxyOperations.Accept, decided.Id,
            OperationOutcome.Succeeded, cancellationToken);
        await history.AppendAsync(new ResidentContext(acceptor, acceptor, clientId), ProxyOperations.Accept, decided.Id,
            OperationOutcome.Succeeded, cancellationToken);
        await notices.TellPrincipalAsync(decided, ProxyEvent.Registered, cancellationToken);
    }
}
