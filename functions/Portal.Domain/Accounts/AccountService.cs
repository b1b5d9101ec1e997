using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;

namespace Portal.Domain.Accounts;

/// <summary>Signs residents in by their card's authentication certificate, creating a pending account on first sight.</summary>
public sealed class AccountService(
    AccountRepository repository, OperationHistoryStore history, TimeProvider clock, ILogger<AccountService>? logger = null)
{
    public const string SignInOperation = "sign-in";

    private readonly ILogger _logger = logger ?? NullLogger<AccountService>.Instance;

    /// <summary>
    /// The account holding the certificate, or a new <see cref="AccountStates.Pending"/> one; appends "sign-in" to its
    /// 操作履歴 either way.
    /// </summary>
    /// <param name="clientId">The client the resident signed in through (recorded in the history).</param>
    public async Task<Account> SignInAsync(string issuer, string serialNumber, string clientId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        ArgumentException.ThrowIfNullOrWhiteSpace(serialNumber);
        var certificate = new AccountCertificate(issuer, serialNumber);
        var account = await repository.FindByCertificateAsync(certificate, cancellationToken);
        if (account is null)
        {
            // Two first sign-ins with the same card at the same instant could each create one; the query then
            // answers the older. A certificate-keyed claim document would rule it out (not done yet).
            account = (await repository.CreateAsync(new Account
            {
                Id = NewAccountId(),
                Certificates = [certificate],
                State = AccountStates.Pending,
                CreatedAt = clock.GetUtcNow(),
            }, cancellationToken)).Document;
            _logger.LogInformation("Created pending account {AccountId}", account.Id);
        }
        await history.AppendAsync(ResidentContext.Self(account.Id, clientId), SignInOperation, null, OperationOutcome.Succeeded, cancellationToken);
        return account;
    }

    /// <exception cref="AccountNotFoundException">No such account.</exception>
    public async Task<Account> GetAsync(string id, CancellationToken cancellationToken) =>
        (IsAccountId(id) ? (await repository.FindAsync(id, cancellationToken))?.Document : null)
        ?? throw new AccountNotFoundException(id);

    /// <summary>"acc-" and 128 random bits, base64url: nothing about the resident or the card.</summary>
    public static string NewAccountId() => "acc-" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static bool IsAccountId(string? id) =>
        id is { Length: 26 } && id.StartsWith("acc-", StringComparison.Ordinal)
        && id.Skip(4).All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
