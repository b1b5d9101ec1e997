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
        _logger.LogInformation("Started device authorization for {ClientId} with card request {RequestId}", client.Id, cardRequest.Id);
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
        var id = HashOf(deviceCode);
        var stored = await authorizations.FindAsync(id, cancellationToken)
            ?? throw new OAuthErrorException(OAuthErrors.ExpiredToken, "the device code is unknown or has expired.");
        var grant = stored.Document;
        if (!string.Equals(grant.ClientId, client.Id, StringComparison.Ordinal))
        {
            throw new OAuthErrorException(OAuthErrors.InvalidGrant, "the device code was issued to another client.");
        }
        switch (grant.State)
        {
            case DeviceAuthorizationStates.Approved:
                throw new OAuthErrorException(OAuthErrors.InvalidGrant, "the device code was already used.");
            case DeviceAuthorizationStates.Denied:
                throw new OAuthErrorException(OAuthErrors.AccessDenied, "the card login was refused.");
        }
        var now = clock.GetUtcNow();
        if (grant.IsExpiredAt(now))
        {
            throw new OAuthErrorException(OAuthErrors.ExpiredToken, "the device code has expired.");
        }
        if (grant.LastPolledAt is { } last && now - last < TimeSpan.FromSeconds(grant.Interval))
        {
            await TryReplaceAsync(grant with { LastPolledAt = now, Interval = grant.Interval + (int)SlowDownStep.TotalSeconds }, stored.ETag, cancellationToken);
            throw new OAuthErrorException(OAuthErrors.SlowDown, $"poll at most every {grant.Interval + (int)SlowDownStep.TotalSeconds} seconds.");
        }
        // Recording the poll with the ETag also serializes concurrent polls: only one of two goes on.
        var polled = await TryReplaceAsync(grant with { LastPolledAt = now }, stored.ETag, cancellationToken)
            ?? throw new OAuthErrorException(OAuthErrors.SlowDown, "another poll is in progress.");

        CardRequestOutcome? outcome;
        try
        {
            outcome = await cardRequests.TakeOutcomeAsync(grant.CardRequestId, cancellationToken);
        }
        catch (CardRequestNotFoundException)
        {
            throw new OAuthErrorException(OAuthErrors.ExpiredToken, "the card request has expired.");
        }
        if (outcome is null)
        {
            var request = (await cardRequestRepository.FindAsync(grant.CardRequestId, cancellationToken))?.Document;
            if (request is { IsUsed: true })
            {
                await TryReplaceAsync(polled.Document with { State = DeviceAuthorizationStates.Denied }, polled.ETag, cancellationToken);
                throw new OAuthErrorException(OAuthErrors.AccessDenied, "the card login was refused.");
            }
            throw new OAuthErrorException(OAuthErrors.AuthorizationPending, "waiting for the card.");
        }
        if (outcome.CertificateIssuer is null || outcome.CertificateSerialNumber is null)
        {
            throw new InvalidOperationException($"Card request {grant.CardRequestId} completed without a certificate.");
        }

        // Single use: the ETag-conditional approve is won by exactly one poll; only then is anyone signed in.
        var approved = await TryReplaceAsync(polled.Document with { State = DeviceAuthorizationStates.Approved }, polled.ETag, cancellationToken)
            ?? throw new OAuthErrorException(OAuthErrors.InvalidGrant, "the device code was already used.");
        var account = await accounts.SignInAsync(outcome.CertificateIssuer, outcome.CertificateSerialNumber, client.Id, cancellationToken);
        await TryReplaceAsync(approved.Document with { AccountId = account.Id }, approved.ETag, cancellationToken);
        var scopes = grant.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var issued = await tokens.IssueAsync(account, client, scopes, outcome.CompletedAt, grant.DeviceKind,
            new CertificateName(outcome.CertificateIssuer, outcome.CertificateSerialNumber), cancellationToken);
        _logger.LogInformation("Device authorization with card request {RequestId} signed in account {AccountId}", grant.CardRequestId, account.Id);
        return issued;
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
