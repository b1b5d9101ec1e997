using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Accounts.Certificates;
using Portal.Domain.Identity;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.OperationHistory;
using Portal.Domain.Privacy;
using Portal.Domain.Residents;

namespace Portal.Domain.Accounts.Profile;

/// <summary>
/// 利用者情報 from the card: the resident starts a prefill card request bound to the account, the signer reads the
/// basic 4 items with the resident's consent and posts them, and the resident's client then has them stored on the
/// account. 操作履歴 records that it was read or deleted, never a value; nor does the log.
/// </summary>
public sealed class ProfileService(
    AccountService accounts,
    AccountRepository repository,
    CardRequestService cardRequests,
    CardRequestRepository cardRequestRepository,
    OperationHistoryStore history,
    ResidentAreas areas,
    IEnumerable<IProfileChangeStep> changeSteps,
    TimeProvider clock,
    ILogger<ProfileService>? logger = null)
{
    public const string ContextKind = "profile";

    /// <summary>Who the signer says is asking, and what for, before the PIN.</summary>
    public const string SignerClientName = "マイナポータル";

    public const string SignerDescription = "利用者情報の入力補助";

    private readonly ILogger _logger = logger ?? NullLogger<ProfileService>.Instance;

    /// <exception cref="ProfileNotFoundException">None stored.</exception>
    public async Task<ResidentProfile> GetAsync(ResidentContext resident, CancellationToken cancellationToken) =>
        AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken)).Profile
            ?? throw new ProfileNotFoundException();

    /// <summary>A prefill card request bound to this account, for the signer to answer with the card's items.</summary>
    public Task<StartedCardRequest> StartReadingAsync(ResidentContext resident, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, AccountOperations.ProfileReadStart, r => r.Id, async () =>
        {
            AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
            return await cardRequests.CreatePrefillAsync(
                new NewCardRequest(SignerClientName, SignerDescription, new RequestingClient(resident.ClientId),
                    new CardRequestContext(ContextKind, resident.PrincipalId)),
                cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Stores what the signer read, replacing an earlier profile. The items are handed out once; asking again after
    /// success answers the stored profile.
    /// </summary>
    /// <exception cref="CardRequestNotFoundException">Unknown, or started by another account (not told apart).</exception>
    /// <exception cref="CardRequestPendingException">The signer has not answered.</exception>
    /// <exception cref="CardRequestRefusedException">Expired or burned unanswered, or its items went elsewhere.</exception>
    /// <exception cref="IndividualNumberRefusedException">A value looks like an individual number: nothing is stored.</exception>
    public Task<ResidentProfile> CompleteReadingAsync(ResidentContext resident, string cardRequestId, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, AccountOperations.ProfileRead, _ => cardRequestId, async () =>
        {
            var account = AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
            var request = RandomTokens.IsRequestId(cardRequestId)
                ? (await cardRequestRepository.FindAsync(cardRequestId, cancellationToken))?.Document
                : null;
            if (request?.Context != new CardRequestContext(ContextKind, resident.PrincipalId))
            {
                throw new CardRequestNotFoundException(cardRequestId);
            }
            var outcome = await cardRequests.TakeOutcomeAsync(cardRequestId, cancellationToken);
            if (outcome is { Prefill: null })
            {
                // Taken before: by this account's earlier call (answer what it stored) or by nobody else, as the context is ours.
                return account.Profile is { } stored && stored.ReadAt == outcome.CompletedAt
                    ? stored
                    : throw new CardRequestRefusedException(CardRequestRefusal.AlreadyUsed, "its items were already taken.");
            }
            if (outcome?.Prefill is not { } items)
            {
                throw request.IsUsed ? new CardRequestRefusedException(CardRequestRefusal.AlreadyUsed, "burned unanswered.")
                    : request.IsExpiredAt(clock.GetUtcNow())
                        ? new CardRequestRefusedException(CardRequestRefusal.Expired, "expired unanswered.")
                        : new CardRequestPendingException(cardRequestId);
            }
            // The AP's basic 4 items hold no individual number; a card or signer that sent one anyway is refused,
            // and the items, already taken from the card request, are dropped.
            IndividualNumberGuard.EnsureNone(items.Name, "name");
            IndividualNumberGuard.EnsureNone(items.Address, "address");
            var profile = new ResidentProfile(items.Name, items.Address, items.DateOfBirth, items.Sex, ProfileSources.Card,
                outcome.CompletedAt, request.CreatedAt);
            var areaKeys = areas.ChainOf(profile.Address).Keys.Where(k => k != AudienceKeys.National).ToList();
            Account? before = null;
            var updated = await repository.UpdateAsync(resident.PrincipalId, a =>
            {
                before = a;
                return a with { Profile = profile, AreaKeys = areaKeys };
            }, cancellationToken);
            await RunChangeStepsAsync(before!, updated.Document, cancellationToken);
            _logger.LogInformation("Stored a card profile on account {AccountId} from card request {RequestRef}", resident.PrincipalId, LogReferences.Of(cardRequestId));
            return profile;
        }, cancellationToken);

    /// <summary>Forgets the profile. Deleting when there is none changes nothing.</summary>
    /// <returns>Whether there was one.</returns>
    public Task<bool> DeleteAsync(ResidentContext resident, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, AccountOperations.ProfileDelete, _ => null, async () =>
        {
            AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
            var had = false;
            Account? before = null;
            var updated = await repository.UpdateAsync(resident.PrincipalId, a =>
            {
                before = a;
                had = a.Profile is not null;
                return had ? a with { Profile = null, AreaKeys = [] } : a;
            }, cancellationToken);
            if (had)
            {
                await RunChangeStepsAsync(before!, updated.Document, cancellationToken);
                _logger.LogInformation("Deleted the profile of account {AccountId}", resident.PrincipalId);
            }
            return had;
        }, cancellationToken);

    private async Task RunChangeStepsAsync(Account before, Account after, CancellationToken cancellationToken)
    {
        foreach (var step in changeSteps)
        {
            await step.RunAsync(before, after, cancellationToken);
        }
    }
}
