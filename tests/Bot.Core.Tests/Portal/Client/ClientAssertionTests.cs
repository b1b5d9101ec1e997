using System.Net;
using System.Text.Json;
using Bot.Core.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Portal.Testing.Hosting;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Portal.Client;

/// <summary>
/// The bot as the portal's confidential client: every OAuth call carries a private_key_jwt assertion of its own,
/// signed with the registered key for the issuer, and an opaque end-user handle instead of the chat user's id.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class ClientAssertionTests(BotTestHost host)
{
    private const string Issuer = "http://localhost/api";

    [Fact]
    public async Task EachAttemptOfAnOAuthCallCarriesAFreshAssertionForTheIssuerAndTheSameOpaqueEndUserHandle()
    {
        await using var bot = host.StartBot();
        var seen = new List<(Dictionary<string, string> Form, string? EndUser)>();
        bot.Handler.Intercept = async (request, _) =>
        {
            if (!request.RequestUri!.AbsolutePath.EndsWith("/oauth/device_authorization", StringComparison.Ordinal))
            {
                return null;
            }
            var form = (await request.Content!.ReadAsStringAsync()).Split('&').Select(p => p.Split('='))
                .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1]));
            seen.Add((form, request.Headers.TryGetValues("X-End-User", out var values) ? values.Single() : null));
            // The first attempt fails: the resilience pipeline retries, and the retry must not reuse the assertion.
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        };
        var user = NewUser();

        await bot.PressAsync(user, "v1:menu:todo");

        Assert.True(seen.Count >= 2, $"{seen.Count} attempts");
        var registered = new JsonWebKey(ChatbotClientKey.Registered(DateTimeOffset.UtcNow).Jwk);
        var jtis = new HashSet<string>();
        foreach (var (form, endUser) in seen)
        {
            Assert.Equal("chatbot", form["client_id"]);
            Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
            var result = await new JsonWebTokenHandler().ValidateTokenAsync(form["client_assertion"], new TokenValidationParameters
            {
                ValidIssuer = "chatbot", ValidAudience = Issuer, IssuerSigningKey = registered, ValidAlgorithms = ["ES256"],
            });
            Assert.True(result.IsValid, result.Exception?.Message);
            var token = (JsonWebToken)result.SecurityToken;
            Assert.Equal("chatbot", token.Subject);
            Assert.Equal(registered.KeyId, token.Kid);
            Assert.NotEqual(DateTime.MinValue, token.IssuedAt);
            using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(token.EncodedPayload));
            Assert.Equal(JsonValueKind.String, payload.RootElement.GetProperty("aud").ValueKind);
            Assert.True(jtis.Add(token.Id), "an assertion was sent twice");
            Assert.NotNull(endUser);
            Assert.DoesNotContain(user.UserId, endUser, StringComparison.Ordinal);
        }
        Assert.Single(seen.Select(s => s.EndUser).Distinct());
    }

    [Fact]
    public async Task TwoChatUsersHaveDifferentHandles()
    {
        await using var bot = host.StartBot();
        var handles = new List<string>();
        bot.Handler.Intercept = (request, _) =>
        {
            if (request.Headers.TryGetValues("X-End-User", out var values))
            {
                handles.Add(values.Single());
            }
            return Task.FromResult<HttpResponseMessage?>(new HttpResponseMessage(HttpStatusCode.BadRequest));
        };

        await bot.PressAsync(NewUser(), "v1:menu:todo");
        await bot.PressAsync(NewUser(), "v1:menu:todo");

        Assert.Equal(2, handles.Distinct().Count());
    }
}
