using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Portal.Contracts.Proxies;
using Portal.Domain.Accounts;
using Portal.Domain.Errors;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>
/// 代理人の設定, both ways round: a principal names a proxy (新たに代理人を指定する) or a proxy names a principal (新たに代理人
/// になる), and the other person accepts with their own card through a sign card request; 代理人一覧 and 委任者一覧; the
/// principal cancels alone, at once; the proxy resigns. Ending never deletes a delegation: it is the evidence of what
/// a proxy was allowed. Each step is in 操作履歴 (both parties' where both are known), and the principal is told.
/// </summary>
public sealed class ProxyAppointmentService(
    AccountService accounts,
    Delegations delegations,
    AppointmentValidator validator,
    DelegationWords words,
    DelegationFinalizer finalizer,
    CardRequestService cardRequests,
    OperationHistoryStore history,
    ProxyNotices notices,
    TimeProvider clock,
    ILogger<ProxyAppointmentService> logger)
{
    /// <summary>How many delegations one account may have waiting for a card: enough for a family, too few to spam.</summary>
    public const int MaxPending = 5;

    public const string CardRequestKind = "delegation";

    /// <param name="direction">One of <see cref="DelegationDirections"/>: which side <paramref name="resident"/> is.</param>
    /// <exception cref="AppointmentProfileRequiredException">No 利用者情報 read from the card.</exception>
    /// <exception cref="DelegationTermsInvalidException">The terms cannot be; nothing stored.</exception>
    /// <exception cref="PendingDelegationLimitException">Too many waiting.</exception>
    public Task<StartedAppointment> StartAsync(ResidentContext resident, string direction, AppointmentRequest request, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, ProxyOperations.AppointStart, started => started.Delegation.Id, async () =>
        {
            var account = AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
            var profile = account.Profile ?? throw new AppointmentProfileRequiredException();
            var now = clock.GetUtcNow();
            var terms = validator.Validate(request, direction, new NamedPerson(profile.Name, profile.DateOfBirth), JapanDays.DayOf(now));
            var waiting = 0;
            foreach (var role in new[] { DelegationRoles.Principal, DelegationRoles.Proxy })
            {
                waiting += (await delegations.ListAsync(account.Id, role, cancellationToken))
                    .Count(d => d.State == DelegationStates.Pending && DelegationFinalizer.StarterOf(d) == account.Id && now < d.AcceptBy);
            }
            if (waiting >= MaxPending)
            {
                throw new PendingDelegationLimitException(MaxPending);
            }
            var principalFirst = direction == DelegationDirections.PrincipalFirst;
            var delegation = new Delegation
            {
                Id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)),
                ResidentId = "",
                Direction = direction,
                PrincipalId = principalFirst ? account.Id : null,
                ProxyId = principalFirst ? null : account.Id,
                PrincipalName = principalFirst ? profile.Name : null,
                ProxyName = principalFirst ? null : profile.Name,
                Invited = terms.Invited,
                Kind = terms.Kind,
                LegalBasis = terms.LegalBasis,
                Services = terms.Services,
                InformationCategories = terms.InformationCategories,
                ValidFrom = terms.ValidFrom,
                ValidUntil = terms.ValidUntil,
                CreatedAt = now,
                // Set to the card request's expiry below: no card can answer after it.
                AcceptBy = now,
            };
            delegation = delegation with { ResidentId = Delegation.PartitionOf(delegation.Id) };
            var card = await cardRequests.CreateSignForAnyCardAsync(
                new NewCardRequest(DelegationWords.ReceivingBody, DelegationWords.Procedure, new RequestingClient(resident.ClientId),
                    new CardRequestContext(CardRequestKind, delegation.Id)),
                DelegationTermsDocument.DigestOf(delegation),
                new Contracts.CardRequests.CardRequestSigning(DelegationWords.Procedure, DelegationWords.ReceivingBody, words.SignerSummary(delegation)),
                cancellationToken);
            delegation = delegation with { CardRequestId = card.Id, AcceptBy = card.ExpiresAt };
            await delegations.CreateAsync(delegation, account.Id, cancellationToken);
            logger.LogInformation("Started delegation {DelegationId} ({Direction}) by account {AccountId}", delegation.Id, direction, account.Id);
            return new StartedAppointment(delegation, card);
        }, cancellationToken);

    /// <summary>The delegations where the resident is <paramref name="role"/>, each pending one decided if it can be.</summary>
    public async Task<IReadOnlyList<Delegation>> ListAsync(ResidentContext resident, string role, CancellationToken cancellationToken)
    {
        var listed = await delegations.ListAsync(resident.PrincipalId, role, cancellationToken);
        var current = new List<Delegation>(listed.Count);
        foreach (var delegation in listed)
        {
            current.Add(delegation.State == DelegationStates.Pending ? await CurrentAsync(delegation.Id, resident, cancellationToken) : delegation);
        }
        return current;
    }

    /// <exception cref="DelegationNotFoundException">Unknown, or the resident is not its <paramref name="role"/>.</exception>
    public async Task<Delegation> GetAsync(ResidentContext resident, string id, string role, CancellationToken cancellationToken)
    {
        var delegation = await CurrentAsync(id, resident, cancellationToken);
        return IsParty(delegation, resident.PrincipalId, role) ? delegation : throw new DelegationNotFoundException();
    }

    /// <summary>
    /// Ends it: the principal cancels (also a pending one), effective at once; the proxy resigns; the one who started a
    /// pending one withdraws it. Never deleted.
    /// </summary>
    /// <exception cref="DelegationNotFoundException">Unknown, or the resident is not its <paramref name="role"/>.</exception>
    /// <exception cref="DelegationEndedException">Already ended.</exception>
    public Task<Delegation> EndAsync(ResidentContext resident, string id, string role, CancellationToken cancellationToken)
    {
        var operation = role == DelegationRoles.Principal ? ProxyOperations.Revoke : ProxyOperations.Resign;
        return history.RecordAsync(resident, operation, d => d.Id, async () =>
        {
            for (var attempt = 0; ; attempt++)
            {
                var stored = await delegations.ReadAsync(id, cancellationToken) ?? throw new DelegationNotFoundException();
                var delegation = await finalizer.FinalizeAsync(stored, resident.ClientId, cancellationToken);
                if (!IsParty(delegation, resident.PrincipalId, role))
                {
                    throw new DelegationNotFoundException();
                }
                if (delegation.State is not (DelegationStates.Pending or DelegationStates.Active))
                {
                    throw new DelegationEndedException(delegation.State);
                }
                if (!ReferenceEquals(delegation, stored.Document))
                {
                    continue;
                }
                // A proxy stepping down from an accepted delegation resigns; withdrawing what one started is a cancellation.
                var state = role == DelegationRoles.Proxy && delegation.State == DelegationStates.Active ? DelegationStates.Resigned : DelegationStates.Revoked;
                var ended = delegation with { State = state, EndedAt = clock.GetUtcNow(), EndedBy = resident.PrincipalId };
                try
                {
                    await delegations.ReplaceAsync(ended, stored.ETag, cancellationToken);
                }
                catch (ConcurrencyConflictException) when (attempt < 3)
                {
                    continue;
                }
                if (delegation.State == DelegationStates.Active)
                {
                    await RecordForOtherPartyAsync(ended, resident, operation, cancellationToken);
                    await notices.TellPrincipalAsync(ended, state == DelegationStates.Resigned ? ProxyEvent.Resigned : ProxyEvent.Revoked, cancellationToken);
                }
                logger.LogInformation("Delegation {DelegationId} {State} by account {AccountId}", id, state, resident.PrincipalId);
                return ended;
            }
        }, cancellationToken);
    }

    private async Task<Delegation> CurrentAsync(string id, ResidentContext resident, CancellationToken cancellationToken)
    {
        var stored = await delegations.ReadAsync(id, cancellationToken) ?? throw new DelegationNotFoundException();
        return await finalizer.FinalizeAsync(stored, resident.ClientId, cancellationToken);
    }

    /// <summary>The other party's 操作履歴 shows it too: the principal cancelled, or the proxy resigned.</summary>
    private Task RecordForOtherPartyAsync(Delegation ended, ResidentContext resident, string operation, CancellationToken cancellationToken)
    {
        var other = ended.PrincipalId == resident.PrincipalId ? ended.ProxyId : ended.PrincipalId;
        return other is null
            ? Task.CompletedTask
            : history.AppendAsync(new ResidentContext(other, other, resident.ClientId), operation, ended.Id, OperationOutcome.Succeeded, cancellationToken);
    }

    private static bool IsParty(Delegation delegation, string accountId, string role) =>
        (role == DelegationRoles.Principal ? delegation.PrincipalId : delegation.ProxyId) == accountId;
}
