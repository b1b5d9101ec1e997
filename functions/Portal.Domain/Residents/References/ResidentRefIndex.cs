using Portal.Domain.Storage;

namespace Portal.Domain.Residents.References;

/// <summary>The refs given out, per body: recorded when an application reaches the body, resolved for personal notices.</summary>
public sealed class ResidentRefIndex(PortalDatabase database, ResidentRefs refs, TimeProvider clock)
{
    private readonly DocumentStore<ResidentRefEntry> _store = new(database.Container(PortalContainers.Applications));

    /// <summary>The ref of <paramref name="accountId"/> for <paramref name="body"/>, recorded so it can be resolved later.</summary>
    public async Task<string> GiveOutAsync(string body, string accountId, CancellationToken cancellationToken)
    {
        var residentRef = refs.For(body, accountId);
        if (await _store.ReadAsync(residentRef, body, cancellationToken) is null)
        {
            // Same ref, same account: an upsert by a concurrent give-out writes the same content.
            await _store.UpsertAsync(new ResidentRefEntry
            {
                Id = residentRef, LocalGovernmentCode = body, AccountId = accountId, GivenOutAt = clock.GetUtcNow(),
            }, cancellationToken);
        }
        return residentRef;
    }

    /// <summary>The account behind <paramref name="residentRef"/> as <paramref name="body"/> received it; null when that body never got it.</summary>
    public async Task<string?> ResolveAsync(string body, string? residentRef, CancellationToken cancellationToken) =>
        ResidentRefs.IsWellFormed(residentRef)
            ? (await _store.ReadAsync(residentRef!, body, cancellationToken))?.Document.AccountId
            : null;
}
