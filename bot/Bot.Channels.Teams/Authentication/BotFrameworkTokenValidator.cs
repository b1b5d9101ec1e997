using Bot.Channels.Teams.Activities;
using Bot.Channels.Teams.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Channels.Teams.Authentication;

/// <summary>
/// Checks the <c>Authorization: Bearer</c> JWT the Bot Connector sends with each activity: RS256 signed by a key from
/// the configured OpenID metadata, issuer, audience (our app id), lifetime with skew, the <c>serviceurl</c> claim equal
/// to the activity's serviceUrl, and the key endorsed for the activity's channel. Keys are cached by the
/// <see cref="ConfigurationManager{T}"/>; a token signed with a key we do not know asks it for a refresh (at most one
/// per its <c>RefreshInterval</c>, 5 minutes, so random key ids cannot make us hammer the metadata). IdentityModel 8
/// refreshes in the background: that token is refused and the Bot Connector's next one, once the new keys are in, is
/// accepted. The Bot Framework publishes keys well before signing with them, so this is a corner case.
/// </summary>
public sealed class BotFrameworkTokenValidator(
    IConfigurationManager<OpenIdConnectConfiguration> metadata,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<BotFrameworkTokenValidator> logger)
{
    public const string ServiceUrlClaim = "serviceurl";

    private readonly JsonWebTokenHandler handler = new();

    public async Task<TokenValidationOutcome> ValidateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        var outcome = await CheckAsync(authorization, activity, cancellationToken);
        if (!outcome.IsAccepted)
        {
            logger.LogWarning("Bot Connector token refused: {Reason}", outcome.Refusal);
        }

        return outcome;
    }

    private async Task<TokenValidationOutcome> CheckAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || authorization.Length == scheme.Length)
        {
            return TokenValidationOutcome.Refused(TokenRefusal.MissingToken);
        }

        var raw = authorization[scheme.Length..].Trim();
        if (!handler.CanReadToken(raw))
        {
            return TokenValidationOutcome.Refused(TokenRefusal.MalformedToken);
        }

        JsonWebToken token;
        try
        {
            token = handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return TokenValidationOutcome.Refused(TokenRefusal.MalformedToken);
        }

        if (token.Alg != SecurityAlgorithms.RsaSha256)
        {
            return TokenValidationOutcome.Refused(TokenRefusal.WrongAlgorithm);
        }

        JsonWebKey? key;
        try
        {
            key = await FindKeyAsync(token.Kid, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // The metadata or its keys could not be fetched (and none are cached): nothing can be trusted.
            return TokenValidationOutcome.Refused(TokenRefusal.MetadataUnavailable);
        }

        if (key is null)
        {
            return TokenValidationOutcome.Refused(TokenRefusal.UnknownKey);
        }

        var settings = options.Value;
        var result = await handler.ValidateTokenAsync(raw, new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.AppId,
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            // Lifetime is checked below against the injected clock.
            ValidateLifetime = false,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
        });
        if (!result.IsValid)
        {
            return TokenValidationOutcome.Refused(result.Exception switch
            {
                SecurityTokenInvalidIssuerException => TokenRefusal.WrongIssuer,
                SecurityTokenInvalidAudienceException => TokenRefusal.WrongAudience,
                SecurityTokenInvalidAlgorithmException => TokenRefusal.WrongAlgorithm,
                SecurityTokenSignatureKeyNotFoundException => TokenRefusal.UnknownKey,
                SecurityTokenNoExpirationException => TokenRefusal.MalformedToken,
                _ => TokenRefusal.BadSignature,
            });
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (token.ValidTo == DateTime.MinValue || token.ValidTo.Add(settings.ClockSkew) < now)
        {
            return TokenValidationOutcome.Refused(TokenRefusal.Expired);
        }

        if (token.ValidFrom != DateTime.MinValue && token.ValidFrom.Subtract(settings.ClockSkew) > now)
        {
            return TokenValidationOutcome.Refused(TokenRefusal.NotYetValid);
        }

        if (!token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl) || !SameServiceUrl(serviceUrl, activity.ServiceUrl))
        {
            return TokenValidationOutcome.Refused(TokenRefusal.ServiceUrlMismatch);
        }

        return activity.ChannelId is { Length: > 0 } channelId && KeyEndorsements.Endorses(key, channelId)
            ? TokenValidationOutcome.Accepted
            : TokenValidationOutcome.Refused(TokenRefusal.ChannelNotEndorsed);
    }

    /// <summary>The key with this id from the cached metadata; if it is not there, a refresh is requested (keys rotate).</summary>
    private async Task<JsonWebKey?> FindKeyAsync(string? keyId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(keyId))
        {
            return null;
        }

        var configuration = await metadata.GetConfigurationAsync(cancellationToken);
        var key = Find(configuration, keyId);
        if (key is not null)
        {
            return key;
        }

        metadata.RequestRefresh();
        // Starts the (background) refresh; returns what is cached meanwhile.
        configuration = await metadata.GetConfigurationAsync(cancellationToken);
        return Find(configuration, keyId);
    }

    private static JsonWebKey? Find(OpenIdConnectConfiguration configuration, string keyId) =>
        configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));

    /// <summary>The claim and the activity may differ by a trailing slash only.</summary>
    private static bool SameServiceUrl(string? claim, string? activity) =>
        claim is not null && activity is not null
        && string.Equals(claim.TrimEnd('/'), activity.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
