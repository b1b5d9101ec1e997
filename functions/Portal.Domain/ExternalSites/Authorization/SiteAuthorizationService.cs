using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Errors;
using Portal.Domain.ExternalSites.Codes;
using Portal.Domain.ExternalSites.Links;
using Portal.Domain.ExternalSites.PushedAuthorization;
using Portal.Domain.Identity;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.ExternalSites.Authorization;

/// <summary>
/// The authorization page's steps (RFC 9126 §4, FAPI 2.0): take the pushed request once and tie a transaction to the
/// browser; a card login for the site; consent, remembered per site (<see cref="SiteLinks"/>); then exactly one answer
/// to the site — a code (<see cref="AuthorizationCodes"/>) or access_denied. Whoever completes the card login on the
/// transaction is the resident asked; the page names the site, so that resident knows who asks.
/// </summary>
public sealed class SiteAuthorizationService(
    AuthorizationTransactions transactions,
    PushedAuthorizationStore pushed,
    ClientRegistry clients,
    CardRequestService cardRequests,
    CardRequestRepository cardRequestRepository,
    AccountService accounts,
    SiteLinks links,
    AuthorizationCodes codes,
    OperationHistoryStore history,
    IOptions<DeviceAuthorizationOptions> deviceOptions,
    IOptions<TokenOptions> tokenOptions,
    TimeProvider clock,
    ILogger<SiteAuthorizationService> logger)
{
    public const string ContextKind = "site-authorization";

    /// <summary>Long enough for a card login and, on first use, 利用者登録 in the portal in between.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private const int WriteAttempts = 5;

    /// <returns>The secret for the browser's cookie.</returns>
    /// <exception cref="AuthorizationRefusedException">UnknownRequest.</exception>
    public async Task<string> BeginAsync(string? clientId, string? requestUri, CancellationToken cancellationToken)
    {
        var client = string.IsNullOrEmpty(clientId) ? null : await clients.FindAsync(clientId, cancellationToken);
        var request = client is { IsSite: true } ? await pushed.TakeAsync(client.Id, requestUri, cancellationToken) : null;
        if (client is null || request is null)
        {
            logger.LogInformation("Authorization page refused: {Reason}", client is null ? "unknown client" : "no pushed request for the client");
            throw new AuthorizationRefusedException(AuthorizationRefusal.UnknownRequest, "no such pushed request for this client.");
        }
        var secret = AuthorizationTransactions.NewSecret();
        var now = clock.GetUtcNow();
        await transactions.CreateAsync(new AuthorizationTransaction
        {
            Id = AuthorizationTransactions.IdOf(secret), State = AuthorizationTransactionStates.Login, ClientId = client.Id,
            SiteName = client.Name.Length > 0 ? client.Name : client.Id, RedirectUri = request.RedirectUri, Scopes = request.Scopes,
            RequestState = request.State, Nonce = request.Nonce, CodeChallenge = request.CodeChallenge, DpopJkt = request.DpopJkt,
            FormToken = AuthorizationTransactions.NewSecret(), CreatedAt = now, ExpiresAt = now + Lifetime,
            Ttl = (int)Lifetime.TotalSeconds + 60,
        }, cancellationToken);
        return secret;
    }

    /// <summary>
    /// What the page shows now. Reading it moves the transaction on when the card answered (the resident signs in) and,
    /// when the resident's link already covers the scopes, answers the site without asking again.
    /// </summary>
    /// <exception cref="AuthorizationRefusedException">NoTransaction, Answered.</exception>
    public async Task<AuthorizationStep> ShowAsync(string? secret, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await FindAsync(secret, cancellationToken);
            var transaction = stored.Document;
            if (transaction.State == AuthorizationTransactionStates.Consent)
            {
                return await ConsentStepAsync(stored, cancellationToken);
            }
            if (transaction.CardRequestId is null)
            {
                return new AuthorizationStep(AuthorizationStepKind.Start, transaction);
            }
            var card = (await cardRequestRepository.FindAsync(transaction.CardRequestId, cancellationToken))?.Document;
            if (card?.Outcome is not { CertificateIssuer: { } issuer, CertificateSerialNumber: { } serial } outcome)
            {
                return new AuthorizationStep(
                    card is null || card.IsUsed || card.IsExpiredAt(clock.GetUtcNow()) ? AuthorizationStepKind.CardLoginFailed : AuthorizationStepKind.CardLogin,
                    transaction);
            }
            var account = await accounts.SignInAsync(issuer, serial, outcome.CertificateNotAfter, transaction.ClientId, cancellationToken);
            // Two refreshes at once: one write wins, the other reads the consent step again.
            if (await transactions.TryReplaceAsync(transaction with
                {
                    State = AuthorizationTransactionStates.Consent, AccountId = account.Id, AuthenticatedAt = outcome.CompletedAt,
                }, stored.ETag, cancellationToken) is { } signedIn)
            {
                logger.LogInformation("Card login for site {ClientId} signed in account {AccountId}", transaction.ClientId, account.Id);
                return await ConsentStepAsync(signedIn, cancellationToken);
            }
            if (attempt >= WriteAttempts)
            {
                throw new ConcurrencyConflictException("authorization transaction");
            }
        }
    }

    /// <summary>Starts the card login (purpose login, for the site), or keeps the one still pending.</summary>
    /// <exception cref="AuthorizationRefusedException">NoTransaction, Answered, FormToken, WrongStep.</exception>
    public async Task StartCardLoginAsync(string? secret, string? formToken, CancellationToken cancellationToken)
    {
        var stored = await FindForPostAsync(secret, formToken, AuthorizationTransactionStates.Login, cancellationToken);
        var transaction = stored.Document;
        if (transaction.CardRequestId is not null && transaction.CardRequestExpiresAt > clock.GetUtcNow()
            && (await cardRequestRepository.FindAsync(transaction.CardRequestId, cancellationToken))?.Document is { IsUsed: false })
        {
            return;
        }
        var started = await cardRequests.CreateLoginAsync(new NewCardRequest(
            deviceOptions.Value.SignerClientName, $"{transaction.SiteName} へのログイン", new RequestingClient(transaction.ClientId),
            new CardRequestContext(ContextKind, transaction.Id)), cancellationToken);
        if (await transactions.TryReplaceAsync(transaction with
            {
                CardRequestId = started.Id, UserCode = started.UserCode, CardRequestExpiresAt = started.ExpiresAt,
            }, stored.ETag, cancellationToken) is null)
        {
            // A second click at the same moment started another: that one's page is shown; this request is left to expire.
            logger.LogInformation("Card login for site {ClientId} started twice at once; card request {RequestRef} unused",
                transaction.ClientId, LogReferences.Of(started.Id));
        }
    }

    /// <summary>
    /// The resident's answer: consent links the site (操作履歴 <c>site.link</c>) and issues the code; refusal answers
    /// access_denied. The transaction is spent first, so a replayed POST finds it answered and changes nothing.
    /// </summary>
    /// <returns>Where to send the browser: the site's redirect URI with the answer.</returns>
    /// <exception cref="AuthorizationRefusedException">NoTransaction, Answered, FormToken, WrongStep.</exception>
    public async Task<string> DecideAsync(string? secret, string? formToken, bool consented, CancellationToken cancellationToken)
    {
        var stored = await FindForPostAsync(secret, formToken, AuthorizationTransactionStates.Consent, cancellationToken);
        var account = await accounts.GetAsync(stored.Document.AccountId!, cancellationToken);
        if (consented && !account.IsRegistered)
        {
            throw new AuthorizationRefusedException(AuthorizationRefusal.WrongStep, "the account has not finished registration.");
        }
        var transaction = await SpendAsync(stored, cancellationToken);
        if (!consented)
        {
            logger.LogInformation("Resident refused consent to site {ClientId}", transaction.ClientId);
            return AuthorizationResponses.AccessDenied(transaction, tokenOptions.Value.IssuerName);
        }
        await history.RecordAsync(ResidentContext.Self(account.Id, transaction.ClientId), ExternalSiteOperations.Link, _ => transaction.ClientId,
            () => links.LinkAsync(account.Id, transaction.ClientId, transaction.SiteName, transaction.Scopes, cancellationToken), cancellationToken);
        return await IssueAsync(transaction, cancellationToken);
    }

    private async Task<AuthorizationStep> ConsentStepAsync(Stored<AuthorizationTransaction> stored, CancellationToken cancellationToken)
    {
        var transaction = stored.Document;
        var account = await accounts.GetAsync(transaction.AccountId!, cancellationToken);
        if (!account.IsRegistered)
        {
            return new AuthorizationStep(AuthorizationStepKind.RegistrationRequired, transaction);
        }
        if (await links.FindAsync(account.Id, transaction.ClientId, cancellationToken) is { } link && link.Covers(transaction.Scopes))
        {
            var spent = await SpendAsync(stored, cancellationToken);
            return new AuthorizationStep(AuthorizationStepKind.Redirect, spent, await IssueAsync(spent, cancellationToken));
        }
        return new AuthorizationStep(AuthorizationStepKind.Consent, transaction);
    }

    private async Task<string> IssueAsync(AuthorizationTransaction transaction, CancellationToken cancellationToken)
    {
        var code = await codes.IssueAsync(new NewAuthorizationCode(
            transaction.ClientId, transaction.RedirectUri, transaction.CodeChallenge, transaction.DpopJkt, transaction.AccountId!,
            transaction.Scopes, transaction.Nonce, transaction.AuthenticatedAt!.Value), cancellationToken);
        logger.LogInformation("Authorization code issued to site {ClientId} for account {AccountId}", transaction.ClientId, transaction.AccountId);
        return AuthorizationResponses.Code(transaction, code, tokenOptions.Value.IssuerName);
    }

    /// <summary>Marks it answered with the ETag read: of two answers at once, only one goes to the site.</summary>
    private async Task<AuthorizationTransaction> SpendAsync(Stored<AuthorizationTransaction> stored, CancellationToken cancellationToken) =>
        (await transactions.TryReplaceAsync(stored.Document with { State = AuthorizationTransactionStates.Done }, stored.ETag, cancellationToken))?.Document
        ?? throw new AuthorizationRefusedException(AuthorizationRefusal.Answered, "another request answered the site first.");

    private async Task<Stored<AuthorizationTransaction>> FindAsync(string? secret, CancellationToken cancellationToken)
    {
        var stored = await transactions.FindAsync(secret, cancellationToken);
        if (stored is null || clock.GetUtcNow() >= stored.Document.ExpiresAt)
        {
            throw new AuthorizationRefusedException(AuthorizationRefusal.NoTransaction, "no live authorization transaction for this browser.");
        }
        return stored.Document.State == AuthorizationTransactionStates.Done
            ? throw new AuthorizationRefusedException(AuthorizationRefusal.Answered, "the site was already answered.")
            : stored;
    }

    private async Task<Stored<AuthorizationTransaction>> FindForPostAsync(
        string? secret, string? formToken, string state, CancellationToken cancellationToken)
    {
        var stored = await FindAsync(secret, cancellationToken);
        if (formToken is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(formToken), Encoding.UTF8.GetBytes(stored.Document.FormToken)))
        {
            logger.LogWarning("Authorization page POST for site {ClientId} without its form token", stored.Document.ClientId);
            throw new AuthorizationRefusedException(AuthorizationRefusal.FormToken, "the form token is missing or wrong.");
        }
        return stored.Document.State == state
            ? stored
            : throw new AuthorizationRefusedException(AuthorizationRefusal.WrongStep, $"the transaction is at {stored.Document.State}, not {state}.");
    }
}
