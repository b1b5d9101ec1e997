using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Portal;

namespace Bot.Core.Login;

/// <summary>
/// The portal's OAuth endpoints as the public client <c>chatbot</c> uses them: the device flow and refresh. Uses the
/// portal client's configuration (base address, resilience); 400 answers are the OAuth errors, not exceptions.
/// </summary>
public sealed class PortalIdentityClient(IHttpClientFactory clients, TimeProvider time)
{
    public const string ClientId = "chatbot";
    public const string Scope = "openid email portal";

    private HttpClient Http => clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);

    /// <param name="channel">The resident's chat channel (<see cref="Messages.Channels"/>): the portal tells the card
    /// holder where the login was started.</param>
    public async Task<DeviceAuthorizationStarted> StartDeviceAuthorizationAsync(string channel, CancellationToken cancellationToken)
    {
        using var response = await Http.PostAsync("api/oauth/device_authorization",
            Form(("client_id", ClientId), ("scope", Scope), ("device_kind", DeviceKindOf(channel))), cancellationToken);
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

    public Task<TokenOutcome> PollAsync(string deviceCode, CancellationToken cancellationToken) =>
        TokenAsync(Form(("grant_type", "urn:ietf:params:oauth:grant-type:device_code"), ("device_code", deviceCode), ("client_id", ClientId)),
            cancellationToken);

    /// <summary>
    /// New tokens for <paramref name="session"/>'s login. The same account: the fresh session keeps its
    /// <see cref="PortalSession.AccountId"/> (the link to the account outlives the tokens). No refresh token: refused.
    /// </summary>
    public async Task<TokenOutcome> RefreshAsync(PortalSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.RefreshToken is not { } refreshToken)
        {
            return new TokenOutcome(null, TokenOutcome.InvalidGrant);
        }
        var outcome = await TokenAsync(Form(("grant_type", "refresh_token"), ("refresh_token", refreshToken), ("client_id", ClientId)),
            cancellationToken);
        return outcome.Session is { } fresh
            ? outcome with { Session = fresh with { AccountId = session.AccountId, SessionId = fresh.SessionId ?? session.SessionId } }
            : outcome;
    }

    private async Task<TokenOutcome> TokenAsync(FormUrlEncodedContent form, CancellationToken cancellationToken)
    {
        using var response = await Http.PostAsync("api/oauth/token", form, cancellationToken);
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

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
