using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Accounts;

/// <summary>Accounts in <see cref="PortalContainers.Residents"/>.</summary>
public sealed class AccountRepository(PortalDatabase database)
{
    private const int WriteAttempts = 10;

    private readonly DocumentStore<Account> store = new(database.Container(PortalContainers.Residents));

    public async Task<Stored<Account>?> FindAsync(string id, CancellationToken cancellationToken) =>
        await store.ReadAsync(id, id, cancellationToken) is { Document.Type: Account.DocumentType } stored ? stored : null;

    public Task<Stored<Account>> CreateAsync(Account account, CancellationToken cancellationToken) =>
        store.CreateAsync(account, cancellationToken);

    /// <summary>Creates it, or reads the one a concurrent writer created under the same id first.</summary>
    public async Task<Account> CreateOrReadAsync(Account account, CancellationToken cancellationToken)
    {
        try
        {
            return (await store.CreateAsync(account, cancellationToken)).Document;
        }
        catch (DuplicateDocumentException)
        {
            return (await FindAsync(account.Id, cancellationToken))?.Document ?? throw new AccountNotFoundException(account.Id);
        }
    }

    /// <summary>
    /// Read, change, replace with the ETag; on a concurrent write, read again and apply the change to the newer
    /// version, so two updates never lose each other. <paramref name="change"/> may throw to refuse, or answer the
    /// same instance to write nothing.
    /// </summary>
    /// <param name="ifMatch">The ETag the client last saw, when it sent If-Match: then a newer version is a 412.
    /// Compared without its quotes (HTTP quotes entity tags; the store may not).</param>
    /// <exception cref="AccountNotFoundException">No such account.</exception>
    /// <exception cref="ConcurrencyConflictException"><paramref name="ifMatch"/> is no longer current.</exception>
    public async Task<Stored<Account>> UpdateAsync(
        string id, Func<Account, Account> change, CancellationToken cancellationToken, string? ifMatch = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var stored = await FindAsync(id, cancellationToken) ?? throw new AccountNotFoundException(id);
            if (ifMatch is not null && !string.Equals(ifMatch.Trim('"'), stored.ETag.Trim('"'), StringComparison.Ordinal))
            {
                throw new ConcurrencyConflictException(id);
            }
            var changed = change(stored.Document);
            if (ReferenceEquals(changed, stored.Document))
            {
                return stored;
            }
            try
            {
                return await store.ReplaceAsync(changed, stored.ETag, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (ifMatch is null && attempt < WriteAttempts)
            {
                // Another write got there first: apply ours to its result.
            }
        }
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => store.DeleteAsync(id, id, null, cancellationToken);
}
