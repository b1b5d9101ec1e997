using System.Security.Cryptography;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Accounts.Confirmation;

/// <summary>
/// Issues and checks e-mail confirmation codes in <see cref="PortalContainers.Grants"/>: 10 minutes, 5 tries. Every
/// write is ETag-conditional, so concurrent attempts are each counted and a right code is used exactly once.
/// </summary>
public sealed class EmailConfirmationStore(PortalDatabase database, TimeProvider clock)
{
    /// <summary>Kept this long after expiry, so a late attempt still reads "expired" rather than "not started".</summary>
    private static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    private readonly DocumentStore<EmailConfirmation> _store = new(database.Container(PortalContainers.Grants));

    /// <summary>Stores a new code for the purpose, replacing any earlier one; answers the document and the code to send.</summary>
    public async Task<(EmailConfirmation Confirmation, string Code)> IssueAsync(
        string purpose, string accountId, string email, bool? notificationsEnabled, string? termsVersion, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var code = ConfirmationCodes.New();
        var salt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var confirmation = new EmailConfirmation
        {
            Id = EmailConfirmation.IdFor(purpose, accountId),
            Purpose = purpose,
            AccountId = accountId,
            Email = email,
            NotificationsEnabled = notificationsEnabled,
            TermsVersion = termsVersion,
            Salt = salt,
            CodeHash = ConfirmationCodes.Hash(salt, code),
            CreatedAt = now,
            ExpiresAt = now + EmailConfirmation.Lifetime,
            Ttl = (int)(EmailConfirmation.Lifetime + Retention).TotalSeconds,
        };
        await _store.UpsertAsync(confirmation, cancellationToken);
        return (confirmation, code);
    }

    /// <exception cref="ConfirmationRefusedException">Nothing pending (NotStarted), or it has expired.</exception>
    public async Task<EmailConfirmation> GetAsync(string purpose, string accountId, CancellationToken cancellationToken)
    {
        var id = EmailConfirmation.IdFor(purpose, accountId);
        var confirmation = (await _store.ReadAsync(id, id, cancellationToken))?.Document
            ?? throw new ConfirmationRefusedException(ConfirmationRefusal.NotStarted, 0);
        return confirmation.IsExpiredAt(clock.GetUtcNow())
            ? throw new ConfirmationRefusedException(ConfirmationRefusal.Expired, 0)
            : confirmation;
    }

    /// <summary>
    /// Checks the code; a right one is consumed (deleted, ETag-conditional) and answered. A wrong one only counts.
    /// </summary>
    /// <exception cref="ConfirmationRefusedException">Not started, expired, locked, or incorrect (with the tries left).</exception>
    public async Task<EmailConfirmation> ConsumeAsync(string purpose, string accountId, string code, CancellationToken cancellationToken)
    {
        var id = EmailConfirmation.IdFor(purpose, accountId);
        while (true)
        {
            var stored = await _store.ReadAsync(id, id, cancellationToken)
                ?? throw new ConfirmationRefusedException(ConfirmationRefusal.NotStarted, 0);
            var confirmation = stored.Document;
            if (confirmation.IsExpiredAt(clock.GetUtcNow()))
            {
                throw new ConfirmationRefusedException(ConfirmationRefusal.Expired, 0);
            }
            if (confirmation.RemainingAttempts == 0)
            {
                throw new ConfirmationRefusedException(ConfirmationRefusal.Locked, 0);
            }
            try
            {
                if (ConfirmationCodes.Matches(confirmation, code))
                {
                    if (!await _store.DeleteAsync(id, id, stored.ETag, cancellationToken))
                    {
                        throw new ConfirmationRefusedException(ConfirmationRefusal.NotStarted, 0);
                    }
                    return confirmation;
                }
                var counted = confirmation with { FailedAttempts = confirmation.FailedAttempts + 1 };
                await _store.ReplaceAsync(counted, stored.ETag, cancellationToken);
                throw new ConfirmationRefusedException(ConfirmationRefusal.Incorrect, counted.RemainingAttempts);
            }
            catch (ConcurrencyConflictException)
            {
                // A concurrent attempt (or a new code) changed it first: judge this attempt against the newer version.
            }
        }
    }

    public Task DeleteAsync(string purpose, string accountId, CancellationToken cancellationToken)
    {
        var id = EmailConfirmation.IdFor(purpose, accountId);
        return _store.DeleteAsync(id, id, null, cancellationToken);
    }
}
