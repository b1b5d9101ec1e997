using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Portal;
using Bot.Core.Portal.Client;

namespace Bot.Core.Login;

/// <summary>
/// The portal's OAuth endpoints as the confidential client <c>chatbot</c> uses them: the device flow and refresh, each
/// call for one chat user (<paramref name="conversationKey"/> arguments: <c>ChannelUser.Key</c>, sent only as an opaque
/// handle) and authenticated by <see cref="ClientAssertionHandler"/>. Uses the portal client's configuration (base
/// address, resilience); 400 answers are the OAuth errors, 429 is <see cref="TokenOutcome.TooManyRequests"/>.
/// </summary>
public sealed class PortalIdentityClient(IHttpClientFactory clients, TimeProvider time)
{
    public const string Scope = "openid email portal";

    private HttpClient Http => clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);

    /// <param name="channel">The resident's chat channel (<see cref="Messages.Channels"/>): the portal tells the card
    /// holder where the login was started.</param>
    /// <exception cref="PortalApiException">Refused or failed (429: the portal's rate limit).</exception>
    public async Task<DeviceAuthorizationStarted> StartDeviceAuthorizationAsync(string channel, string conversationKey, CancellationToken cancellationToken)
    {
        using var response = await PostAsync("api/oauth/device_authorization", conversationKey,
            [("scope", Scope), ("device_kind", DeviceKindOf(channel))], cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new PortalApiException(response.StatusCode, "device-authorization");
        }
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return new DeviceAuthorizationStarted(
            body.GetProperty("device_code").GetString()!,
            body.GetProperty("user_code").GetString()!,
            new Uri(body.GetProperty("card_request_uri").GetString()!),
            body.TryGetProperty("expires_in", out var expires) ? expires.GetInt32() : 300,
            body.TryGetProperty("interval", out var interval) ? interval.GetInt32() : 5);
    }

    public Task<TokenOutcome> PollAsync(string deviceCode, string conversationKey, CancellationToken cancellationToken) =>
        TokenAsync(conversationKey, [("grant_type", "urn:ietf:params:oauth:grant-type:device_code"), ("device_code", deviceCode)], cancellationToken);

    /// <summary>
    /// New tokens for <paramref name="session"/>'s login. The same account: the fresh session keeps its
    /// <see cref="PortalSession.AccountId"/> (the link to the account outlives the tokens). No refresh token: refused.
    /// </summary>
    public async Task<TokenOutcome> RefreshAsync(PortalSession session, string conversationKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.RefreshToken is not { } refreshToken)
        {
            return new TokenOutcome(null, TokenOutcome.InvalidGrant);
        }
        var outcome = await TokenAsync(conversationKey, [("grant_type", "refresh_token"), ("refresh_token", refreshToken)], cancellationToken);
        return outcome.Session is { } fresh
            ? outcome with { Session = fresh with { AccountId = session.AccountId, SessionId = fresh.SessionId ?? session.SessionId, Acting = session.Acting } }
            : outcome;
    }

    /// <summary>
    /// The token exchange (RFC 8693) of a proxy: <paramref name="subjectToken"/> a delegation token, the actor the
    /// resident's own access token. The answer's session is the delegated access token alone (no refresh token).
    /// </summary>
    public Task<TokenOutcome> ExchangeAsync(string subjectToken, string actorToken, string conversationKey, CancellationToken cancellationToken) =>
        TokenAsync(conversationKey,
        [
            ("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange"),
            ("subject_token", subjectToken), ("subject_token_type", "urn:myna-portal:params:oauth:token-type:delegation"),
            ("actor_token", actorToken), ("actor_token_type", "urn:ietf:params:oauth:token-type:access_token"),
        ], cancellationToken);

    private async Task<TokenOutcome> TokenAsync(string conversationKey, (string, string)[] fields, CancellationToken cancellationToken)
    {
        using var response = await PostAsync("api/oauth/token", conversationKey, fields, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return new TokenOutcome(null, TokenOutcome.TooManyRequests);
        }
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized)
        {
            var error = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            return new TokenOutcome(null, error.TryGetProperty("error", out var e) ? e.GetString() : "invalid_request");
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new PortalApiException(response.StatusCode, "token");
        }
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var expiresIn = body.TryGetProperty("expires_in", out var expires) ? expires.GetInt32() : 300;
        return new TokenOutcome(new PortalSession(
            body.GetProperty("access_token").GetString()!,
            body.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null,
            time.GetUtcNow().AddSeconds(expiresIn),
            SessionId: body.TryGetProperty("id_token", out var idToken) ? IdTokenClaims.SessionOf(idToken.GetString()) : null), null);
    }

    private static string DeviceKindOf(string channel) => channel switch
    {
        Messages.Channels.Line => "line",
        Messages.Channels.Teams => "teams",
        Messages.Channels.WebChat => "webchat",
        _ => "other",
    };

    /// <summary>The body is written per attempt by <see cref="ClientAssertionHandler"/>, with a fresh assertion each time.</summary>
    private async Task<HttpResponseMessage> PostAsync(
        string path, string conversationKey, (string Name, string Value)[] fields, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Options.Set(ClientAssertionHandler.Form, [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        request.Options.Set(ClientAssertionHandler.EndUser, conversationKey);
        return await Http.SendAsync(request, cancellationToken);
    }
}
