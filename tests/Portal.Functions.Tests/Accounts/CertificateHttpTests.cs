using Portal.Functions.Tests.Identity;
using Portal.Testing.Signing;

namespace Portal.Functions.Tests.Accounts;

/// <summary>Card certificates over HTTP with the real signer and software cards: first sign-ins and a renewed card.</summary>
public sealed class CertificateHttpTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task ConcurrentFirstSignInsWithOneCardMakeOneAccount()
    {
        var card = fixture.Pki.Issue();
        var devices = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var started = await AccountsApi.ExpectAsync(await Api.Client.PostAsync("/api/oauth/device_authorization",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["client_id"] = "chatbot", ["scope"] = "openid portal" })), 200);
            await SignAsync(started.GetProperty("card_request_uri").GetString()!, started.GetProperty("user_code").GetString()!, card);
            devices.Add(started.GetProperty("device_code").GetString()!);
        }

        var tokens = await Task.WhenAll(devices.Select(async device =>
        {
            var response = await Api.Client.PostAsync("/api/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "urn:ietf:params:oauth:grant-type:device_code",
                ["client_id"] = "chatbot",
                ["device_code"] = device,
            }));
            return (await AccountsApi.ExpectAsync(response, 200)).GetProperty("access_token").GetString()!;
        }));
        var ids = new List<string>();
        foreach (var token in tokens)
        {
            ids.Add((await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me", token), 200)).GetProperty("id").GetString()!);
        }

        Assert.Single(ids.Distinct());
    }

    [Fact]
    public async Task AResidentAddsARenewedCardWithALoginCardRequestMadeWithTheNewCard()
    {
        var (id, token, _) = await Api.RegisteredAsync();
        var newCard = fixture.Pki.Issue();

        var started = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/certificates", token), 202);
        var requestId = started.GetProperty("cardRequestId").GetString()!;
        var early = await Api.SendAsync(HttpMethod.Post, $"/api/me/certificates/{requestId}", token);
        await SignAsync(started.GetProperty("signerLink").GetString()!, started.GetProperty("userCode").GetString()!, newCard);
        var added = await Api.SendAsync(HttpMethod.Post, $"/api/me/certificates/{requestId}", token);
        var again = await Api.SendAsync(HttpMethod.Post, $"/api/me/certificates/{requestId}", token);
        var list = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/certificates", token), 200);
        var other = await Api.RegisteredAsync();
        var stranger = await Api.SendAsync(HttpMethod.Post, $"/api/me/certificates/{requestId}", other.Token);

        Assert.Equal($"{AccountsApi.Issuer}/card-requests/{requestId}", started.GetProperty("signerLink").GetString());
        AccountsApi.Expect(early, 409);
        Assert.Equal("card-request-pending", await AccountsApi.ProblemTypeAsync(early));
        Assert.True((await AccountsApi.ExpectAsync(added, 201)).GetProperty("added").GetBoolean());
        Assert.False((await AccountsApi.ExpectAsync(again, 200)).GetProperty("added").GetBoolean());
        Assert.Equal(2, list.GetProperty("items").GetArrayLength());
        Assert.All(list.GetProperty("items").EnumerateArray(), c => Assert.Equal(
            ["issuer", "serialNumber", "addedAt"], c.EnumerateObject().Select(p => p.Name)));
        AccountsApi.Expect(stranger, 404);
        Assert.Equal(id, await SignInAccountAsync(newCard));
    }

    [Fact]
    public async Task ACardAnotherAccountHoldsIsRefused()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var card = fixture.Pki.Issue();
        await SignInAccountAsync(card);

        var started = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/certificates", token), 202);
        await SignAsync(started.GetProperty("signerLink").GetString()!, started.GetProperty("userCode").GetString()!, card);
        var response = await Api.SendAsync(HttpMethod.Post, $"/api/me/certificates/{started.GetProperty("cardRequestId").GetString()}", token);

        AccountsApi.Expect(response, 409);
        Assert.Equal("certificate-held-by-another-account", await AccountsApi.ProblemTypeAsync(response));
    }

    /// <summary>A device-flow login with the card; answers the account id.</summary>
    private async Task<string> SignInAccountAsync(string card)
    {
        var started = await AccountsApi.ExpectAsync(await Api.Client.PostAsync("/api/oauth/device_authorization",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["client_id"] = "chatbot", ["scope"] = "openid portal" })), 200);
        await SignAsync(started.GetProperty("card_request_uri").GetString()!, started.GetProperty("user_code").GetString()!, card);
        var tokens = await AccountsApi.ExpectAsync(await Api.Client.PostAsync("/api/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:device_code",
            ["client_id"] = "chatbot",
            ["device_code"] = started.GetProperty("device_code").GetString()!,
        })), 200);
        var me = await Api.SendAsync(HttpMethod.Get, "/api/me", tokens.GetProperty("access_token").GetString());
        return (await AccountsApi.ExpectAsync(me, 200)).GetProperty("id").GetString()!;
    }

    /// <summary>The real signer answers a login link: the code shown where it was started, then the PIN.</summary>
    private Task SignAsync(string link, string userCode, string card) =>
        RealSigner.AnswerAsync(Api.Client, ["login", link, "--card", card], $"{userCode}\n{IdentityPki.AuthPin}\n");
}
