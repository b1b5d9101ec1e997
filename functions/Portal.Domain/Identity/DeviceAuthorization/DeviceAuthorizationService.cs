using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Contracts.CardRequests;
using Portal.Domain.Accounts;
using Portal.Domain.Errors;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.DeviceAuthorization;

/// <summary>
/// The device authorization grant (RFC 8628) with the card as the login: start makes a login card request whose link
/// the signer completes; polling turns its outcome into an account sign-in and an access token, exactly once.
/// </summary>
/// <remarks>
/// Concurrency, at the ETags: too-fast polls and waiting polls write best effort (a lost write changes nothing that
/// matters), and only while the card has not answered; the poll that finds the card's answer claims the authorization,
/// and that claim is the one serialization point. Whoever finds it claimed writes nothing. The claim is settled (spent, or put back) by its own poll, which
/// writes over any slow_down write that slipped in between instead of failing.
/// </remarks>
public sealed class DeviceAuthorizationService(
    DeviceAuthorizationRepository authorizations,
    CardRequestService cardRequests,
    CardRequestRepository cardRequestRepository,
    AccountService accounts,
    ResidentTokenIssuer tokens,
    IOptions<DeviceAuthorizationOptions> options,
    TimeProvider clock,
    ILogger<DeviceAuthorizationService>? logger = null)
{
    public const string ContextKind = "device-authorization";

    /// <summary>RFC 8628 §3.5: every slow_down adds this to the interval.</summary>
    public static readonly TimeSpan SlowDownStep = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A poll may arrive this much before its interval is up and still count as on time. Clients that poll at exactly
    /// the interval are early now and then by network jitter (a slow previous response, a faster next one); RFC 8628
    /// §3.5 aims slow_down at clients that poll too often, not at those.
    /// </summary>
    public static readonly TimeSpan PollJitterAllowance = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a poll's claim stands (sign-in plus issuance take well under a second). Past it, the poll is taken to have
    /// died (a crashed instance never releases), and a later poll may claim again so the login is not lost.
    /// </summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(30);

    private const int WriteAttempts = 5;

    /// <summary>Kept this long after expiry (so a late poll still reads expired_token), then TTL removes it.</summary>
    private static readonly TimeSpan Retention = TimeSpan.FromMinutes(5);

    private readonly ILogger _logger = logger ?? NullLogger<DeviceAuthorizationService>.Instance;

    /// <param name="deviceKind">One of <see cref="DeviceKinds"/>, as the client declares it; <see cref="DeviceKinds.Other"/> when absent.</param>
    /// <exception cref="OAuthErrorException">unauthorized_client, invalid_scope, invalid_request (an unknown device kind).</exception>
    public async Task<DeviceAuthorizationStart> StartAsync(
        RegisteredClient client, string? scope, string? deviceKind, CancellationToken cancellationToken)
    {
        ClientRegistry.RequireGrant(client, GrantTypes.DeviceCode);
        var kind = deviceKind ?? DeviceKinds.Other;
        if (!DeviceKinds.IsKnown(kind))
        {
            throw new OAuthErrorException(OAuthErrors.InvalidRequest, $"device_kind must be one of {string.Join(", ", DeviceKinds.All)}.");
        }
        var scopes = ClientRegistry.ScopesFor(client, scope);
        var settings = options.Value;
        var deviceCode = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var id = HashOf(deviceCode);
        var cardRequest = await cardRequests.CreateLoginAsync(
            new NewCardRequest(settings.SignerClientName, $"{(client.Name.Length > 0 ? client.Name : client.Id)} へのログイン",
                new RequestingClient(client.Id, kind), new CardRequestContext(ContextKind, id)), cancellationToken);
        var now = cardRequest.Request.CreatedAt;
        var expires = Min(now + settings.Lifetime, cardRequest.ExpiresAt);
        var interval = (int)Math.Max(1, Math.Ceiling(settings.Interval.TotalSeconds));
        await authorizations.CreateAsync(new DeviceAuthorization
        {
            Id = id,
            // The card request's own code: the signer asks for it, the device page finds the request by it.
            UserCode = UserCodes.Normalize(cardRequest.UserCode)!,
            ClientId = client.Id,
            Scope = string.Join(' ', scopes),
            CardRequestId = cardRequest.Id,
            DeviceKind = kind,
            CreatedAt = now,
            ExpiresAt = expires,
            Interval = interval,
            Ttl = (int)Math.Ceiling((expires - now + Retention).TotalSeconds),
        }, cancellationToken);
        _logger.LogInformation("Started device authorization for {ClientId} with card request {RequestRef}", client.Id, LogReferences.Of(cardRequest.Id));
        return new DeviceAuthorizationStart(deviceCode, cardRequest.UserCode, cardRequest.Id, expires - now, TimeSpan.FromSeconds(interval));
    }

    /// <summary>One token request with the device code grant (RFC 8628 §3.4–3.5).</summary>
    /// <exception cref="OAuthErrorException">unauthorized_client, invalid_grant, expired_token, slow_down,
    /// authorization_pending, access_denied.</exception>
    public async Task<IssuedTokens> PollAsync(RegisteredClient client, string? deviceCode, CancellationToken cancellationToken)
    {
        ClientRegistry.RequireGrant(client, GrantTypes.DeviceCode);
        if (string.IsNullOrEmpty(deviceCode) || deviceCode.Length > 128)
        {
            throw new OAuthErrorException(OAuthErrors.InvalidRequest, "device_code is required.");
        }
        var stored = await authorizations.FindAsync(HashOf(deviceCode), cancellationToken)
            ?? throw new OAuthErrorException(OAuthErrors.ExpiredToken, "the device code is unknown or has expired.");
        if (!string.Equals(stored.Document.ClientId, client.Id, StringComparison.Ordinal))
        {
            throw new OAuthErrorException(OAuthErrors.InvalidGrant, "the device code was issued to another client.");
        }
        var now = clock.GetUtcNow();
        EnsurePollable(stored.Document, now);
        if (stored.Document.LastPolledAt is { } last && now - last < TimeSpan.FromSeconds(stored.Document.Interval) - PollJitterAllowance)
        {
            throw await SlowDownAsync(stored, now, cancellationToken);
        }
        var outcome = await LoginOutcomeAsync(stored.Document, cancellationToken);
        if (outcome is null)
        {
            throw await StillWaitingAsync(stored, now, cancellationToken);
        }
        return await IssueOnceAsync(stored, outcome, client, now, cancellationToken);
    }

    /// <summary>What a poll gets before anything is written: the code spent, refused, expired, or being redeemed.</summary>
    private static void EnsurePollable(DeviceAuthorization grant, DateTimeOffset now)
    {
        switch (grant.State)
        {
            case DeviceAuthorizationStates.Approved:
                throw new OAuthErrorException(OAuthErrors.InvalidGrant, "the device code was already used.");
            case DeviceAuthorizationStates.Denied:
                throw new OAuthErrorException(OAuthErrors.AccessDenied, "the card login was refused.");
        }
        if (grant.IsExpiredAt(now))
        {
            throw new OAuthErrorException(OAuthErrors.ExpiredToken, "the device code has expired.");
        }
        // Another poll is signing the resident in: it gets the tokens, or puts the code back if it fails. This one
        // writes nothing, so it cannot get in that poll's way.
        if (grant.IsClaimedAt(now, ClaimLease))
        {
            throw new OAuthErrorException(OAuthErrors.AuthorizationPending, "the login is being completed.");
        }
    }

    /// <summary>
    /// RFC 8628 §3.5: the interval grows by 5 s. Best effort: if another poll wrote first, that write stands. Once the
    /// card has answered, nothing is written: an on-time poll is about to claim the authorization, and a client
    /// polling in a tight loop would otherwise keep moving the ETag under it.
    /// </summary>
    private async Task<OAuthErrorException> SlowDownAsync(Stored<DeviceAuthorization> stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var interval = stored.Document.Interval + (int)SlowDownStep.TotalSeconds;
        var request = (await cardRequestRepository.FindAsync(stored.Document.CardRequestId, cancellationToken))?.Document;
        if (request is { IsUsed: false })
        {
            await TryReplaceAsync(stored.Document with { LastPolledAt = now, Interval = interval }, stored.ETag, cancellationToken);
        }
        return new OAuthErrorException(OAuthErrors.SlowDown, $"poll at most every {interval} seconds.");
    }

    /// <exception cref="OAuthErrorException">expired_token: the card request is gone.</exception>
    private async Task<CardRequestOutcome?> LoginOutcomeAsync(DeviceAuthorization grant, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await cardRequests.TakeOutcomeAsync(grant.CardRequestId, cancellationToken);
            if (outcome is not null && (outcome.CertificateIssuer is null || outcome.CertificateSerialNumber is null))
            {
                throw new InvalidOperationException($"A login card request ({LogReferences.Of(grant.CardRequestId)}) completed without a certificate.");
            }
            return outcome;
        }
        catch (CardRequestNotFoundException)
        {
            throw new OAuthErrorException(OAuthErrors.ExpiredToken, "the card request has expired.");
        }
    }

    /// <summary>No answer from the card yet: access_denied when the request was burned, else the poll is recorded.</summary>
    private async Task<OAuthErrorException> StillWaitingAsync(Stored<DeviceAuthorization> stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var request = (await cardRequestRepository.FindAsync(stored.Document.CardRequestId, cancellationToken))?.Document;
        if (request is { IsUsed: true })
        {
            // Best effort: a poll that loses this write finds the burned request again.
            await TryReplaceAsync(stored.Document with { State = DeviceAuthorizationStates.Denied }, stored.ETag, cancellationToken);
            return new OAuthErrorException(OAuthErrors.AccessDenied, "the card login was refused.");
        }
        await TryReplaceAsync(stored.Document with { LastPolledAt = now }, stored.ETag, cancellationToken);
        return new OAuthErrorException(OAuthErrors.AuthorizationPending, "waiting for the card.");
    }

    /// <summary>
    /// Exactly once: the poll that claims the authorization signs the resident in and issues the tokens, and only then
    /// spends the device code. A failure in between puts the code back, so the client's next poll completes the login.
    /// </summary>
    private async Task<IssuedTokens> IssueOnceAsync(
        Stored<DeviceAuthorization> stored, CardRequestOutcome outcome, RegisteredClient client, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claim = await ClaimAsync(stored, now, cancellationToken);
        IssuedTokens issued;
        try
        {
            var account = await accounts.SignInAsync(outcome.CertificateIssuer!, outcome.CertificateSerialNumber!, outcome.CertificateNotAfter, client.Id, cancellationToken);
            var scopes = claim.Document.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            issued = await tokens.IssueAsync(account, client, scopes, outcome.CompletedAt, claim.Document.DeviceKind,
                new CertificateName(outcome.CertificateIssuer!, outcome.CertificateSerialNumber!), cancellationToken);
        }
        catch
        {
            await ReleaseAsync(claim);
            throw;
        }
        await SettleAsync(claim, c => c with { State = DeviceAuthorizationStates.Approved, AccountId = issued.Subject }, cancellationToken);
        _logger.LogInformation("Device authorization with card request {RequestRef} signed in account {AccountId}",
            LogReferences.Of(claim.Document.CardRequestId), issued.Subject);
        return issued;
    }

    /// <summary>
    /// Takes the claim with the ETag. A conflict is most often a too-fast poll's slow_down write, which must not make
    /// this (on-time) poll fail: read again and retry while nobody else holds a live claim.
    /// </summary>
    private async Task<Stored<DeviceAuthorization>> ClaimAsync(Stored<DeviceAuthorization> stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claimId = Guid.NewGuid().ToString("N");
        for (var attempt = 0; attempt < WriteAttempts; attempt++)
        {
            var claimed = await TryReplaceAsync(stored.Document with
            {
                State = DeviceAuthorizationStates.Issuing, ClaimId = claimId, ClaimedAt = now, LastPolledAt = now,
            }, stored.ETag, cancellationToken);
            if (claimed is not null)
            {
                return claimed;
            }
            stored = await authorizations.FindAsync(stored.Document.Id, cancellationToken)
                ?? throw new OAuthErrorException(OAuthErrors.ExpiredToken, "the device code has expired.");
            EnsurePollable(stored.Document, now);
        }
        throw new OAuthErrorException(OAuthErrors.SlowDown, "too many polls at once.");
    }

    /// <summary>
    /// Writes <paramref name="change"/> over the claim while it is still this poll's: slow_down writes from too-fast
    /// polls may have moved the ETag meanwhile, and are written over (their interval kept).
    /// </summary>
    /// <returns>False when the claim was taken over (this poll outlived its lease).</returns>
    private async Task<bool> SettleAsync(Stored<DeviceAuthorization> claim, Func<DeviceAuthorization, DeviceAuthorization> change, CancellationToken cancellationToken)
    {
        var claimId = claim.Document.ClaimId;
        Stored<DeviceAuthorization>? current = claim;
        for (var attempt = 0; attempt < WriteAttempts && current is not null && current.Document.ClaimId == claimId; attempt++)
        {
            if (await TryReplaceAsync(change(current.Document) with { ClaimId = null, ClaimedAt = null }, current.ETag, cancellationToken) is not null)
            {
                return true;
            }
            current = await authorizations.FindAsync(claim.Document.Id, cancellationToken);
        }
        _logger.LogWarning("A device authorization's claim was lost before it was settled (card request {RequestRef})",
            LogReferences.Of(claim.Document.CardRequestId));
        return false;
    }

    /// <summary>
    /// Puts the code back to pending after a failed issuance. Best effort: when the store itself is failing, the claim's
    /// lease lets a later poll take over instead.
    /// </summary>
    /// <remarks>Not cancellable: the request may have been cancelled, and the code must go back all the same.</remarks>
    private async Task ReleaseAsync(Stored<DeviceAuthorization> claim)
    {
        try
        {
            await SettleAsync(claim, c => c with { State = DeviceAuthorizationStates.Pending }, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The issuance's own failure is what the caller sees; this one only delays the retry by the lease.
            _logger.LogWarning("Could not release a device authorization's claim: {ErrorType}", e.GetType().Name);
        }
    }

    /// <summary>The document id for a device code: base64url SHA-256 (the code itself is never stored).</summary>
    public static string HashOf(string deviceCode) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(deviceCode)));

    /// <returns>The replaced document, or null when someone else changed it first.</returns>
    private async Task<Stored<DeviceAuthorization>?> TryReplaceAsync(DeviceAuthorization grant, string etag, CancellationToken cancellationToken)
    {
        try
        {
            return await authorizations.ReplaceAsync(grant, etag, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
