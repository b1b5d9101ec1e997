using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.ExternalSites.Authorization;
using Portal.Domain.ExternalSites.Codes;
using Portal.Domain.ExternalSites.Links;
using Portal.Domain.Identity.Dpop;
using Portal.Domain.OperationHistory;
using Portal.Domain.Storage;
using Portal.Functions.Tests.Identity;
using Portal.Testing.Dpop;
using Portal.Testing.Signing;

namespace Portal.Functions.Tests.ExternalSites;

/// <summary>
/// The authorization page (GET /api/oauth/authorize and the page it leads to) as a browser and a site see it: the
/// pushed request taken once, a card login completed by the real signer with a software card, the consent screen, and
/// the redirect back with code, state and iss — or access_denied. Cookies and form tokens are handed over explicitly,
/// so a test can hand over the wrong ones.
/// </summary>
public sealed partial class AuthorizationPageTests(SiteAuthorizationHost fixture) : IClassFixture<SiteAuthorizationHost>
{
    private const string Verifier = "dBjftJeZ4CVP-mJ92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private const string State = "state-xyz";
    private const string Scope = "openid name information:tax-income";

    private readonly HttpClient _browser = fixture.NewBrowser();

    [Fact]
    public async Task AResidentWhoLogsInWithTheCardRegistersAndConsentsIsSentBackWithACodeStateAndIssAndTheCodeRedeemsForThePushedVerifier()
    {
        var cookie = await OpenAsync(await PushAsync());
        var start = await PageAsync(cookie);
        var startHtml = await start.Content.ReadAsStringAsync();
        Assert.Contains("デモサイト", startHtml);
        Assert.Contains("demo.example", startHtml);
        Assert.Contains("マイナンバーカードでログイン", startHtml);

        var afterLogin = await LogInWithCardAsync(cookie, fixture.Pki.Issue());
        Assert.Contains("利用者登録", await afterLogin.Content.ReadAsStringAsync());
        var account = await AccountOfAsync(cookie);
        await RegisterAsync(account);

        var consent = await PageAsync(cookie);
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        var html = await consent.Content.ReadAsStringAsync();
        Assert.Contains("デモサイト", html);
        Assert.Contains("<li>氏名</li>", html);
        Assert.Contains("<li>わたしの情報の「税・所得」</li>", html);
        Assert.Contains("同意する", html);
        Assert.Contains("同意しない", html);
        Assert.Contains("form-action 'self' https://demo.example", consent.Headers.GetValues("Content-Security-Policy").Single());

        var answer = await DecideAsync(cookie, FormTokenOf(html), "consent");

        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        var location = answer.Headers.Location!.ToString();
        Assert.StartsWith(ExternalSitesHost.RedirectUri + "?", location, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(new Uri(location).Query);
        Assert.Equal(State, query["state"].Single());
        Assert.Equal(ExternalSitesHost.Issuer, query["iss"].Single());
        var redeemed = await Service<AuthorizationCodes>().RedeemAsync(
            new CodeRedemption(ExternalSitesHost.SiteId, query["code"].Single(), ExternalSitesHost.RedirectUri, Verifier, null), CancellationToken.None);
        Assert.Equal(account, redeemed.AccountId);
        Assert.Equal(["openid", "name", "information:tax-income"], redeemed.Scopes);
        Assert.Equal("nonce-abc", redeemed.Nonce);
        var link = await Service<SiteLinks>().FindAsync(account, ExternalSitesHost.SiteId, CancellationToken.None);
        Assert.True(link?.Covers(["openid", "name", "information:tax-income"]));
        Assert.Contains(await OperationsAsync(account), r => r is { Operation: "site.link", Target: ExternalSitesHost.SiteId, Outcome: OperationOutcome.Succeeded });
    }

    [Fact]
    public async Task ACodePushedWithADpopProofRedeemsOnlyWithProofsOfThatKey()
    {
        var key = DpopProofs.Es256();
        var cookie = await OpenAsync(await PushAsync(dpop: await ProofAsync(key, "/oauth/par")));
        await LogInWithCardAsync(cookie, fixture.Pki.Issue());
        await RegisterAsync(await AccountOfAsync(cookie));
        var answer = await DecideAsync(cookie, FormTokenOf(await (await PageAsync(cookie)).Content.ReadAsStringAsync()), "consent");
        var code = QueryHelpers.ParseQuery(answer.Headers.Location!.Query)["code"].Single()!;

        var otherKey = await RedeemAsync(code, await ProofAsync(DpopProofs.Es256(), "/oauth/token"));
        var sameKey = await RedeemAsync(code, await ProofAsync(key, "/oauth/token"));

        Assert.Equal(HttpStatusCode.BadRequest, otherKey.StatusCode);
        Assert.Equal("invalid_grant", (await otherKey.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, sameKey.StatusCode);
        var accessToken = (await sameKey.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        var cnf = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(accessToken).GetClaim("cnf").Value;
        Assert.Equal(key.Thumbprint, JsonDocument.Parse(cnf).RootElement.GetProperty("jkt").GetString());
    }

    private async Task<string> ProofAsync(DpopProofs key, string path) => key.Make("POST", new Uri(ExternalSitesHost.Issuer + path),
        DateTimeOffset.UtcNow, await Service<DpopNonces>().CurrentAsync(CancellationToken.None));

    /// <summary>The site's token request for <paramref name="code"/>, right in everything but perhaps the proof.</summary>
    private Task<HttpResponseMessage> RedeemAsync(string code, string proof)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/oauth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = ExternalSitesHost.RedirectUri, ["code_verifier"] = Verifier,
                ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                ["client_assertion"] = fixture.SiteKey.Assertion(ExternalSitesHost.SiteId, ExternalSitesHost.Issuer, DateTimeOffset.UtcNow),
            }),
        };
        request.Headers.Add("DPoP", proof);
        return _browser.SendAsync(request);
    }

    [Fact]
    public async Task ConsentRefusedSendsAccessDeniedWithStateAndIssAndLinksNothing()
    {
        var (cookie, account, html) = await ToConsentAsync(fixture.Pki.Issue());

        var answer = await DecideAsync(cookie, FormTokenOf(html), "refuse");

        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        var location = answer.Headers.Location!;
        Assert.StartsWith(ExternalSitesHost.RedirectUri + "?", location.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("access_denied", query["error"].Single());
        Assert.Equal(State, query["state"].Single());
        Assert.Equal(ExternalSitesHost.Issuer, query["iss"].Single());
        Assert.False(query.ContainsKey("code"));
        Assert.Null(await Service<SiteLinks>().FindAsync(account, ExternalSitesHost.SiteId, CancellationToken.None));
    }

    [Fact]
    public async Task TheSecondTimeTheSiteAsksForTheSameScopesTheConsentScreenIsSkipped()
    {
        var card = fixture.Pki.Issue();
        var (cookie, _, html) = await ToConsentAsync(card);
        Assert.Equal(HttpStatusCode.SeeOther, (await DecideAsync(cookie, FormTokenOf(html), "consent")).StatusCode);

        var again = await OpenAsync(await PushAsync("openid name"));
        var afterLogin = await LogInWithCardAsync(again, card);

        Assert.Equal(HttpStatusCode.SeeOther, afterLogin.StatusCode);
        var query = QueryHelpers.ParseQuery(afterLogin.Headers.Location!.Query);
        Assert.NotEmpty(query["code"].Single()!);
        Assert.Equal(ExternalSitesHost.Issuer, query["iss"].Single());
    }

    public static TheoryData<string> UnknownRequests => new()
    {
        "an unknown request_uri", "no request_uri", "an unknown client", "another site's request_uri", "no client_id", "client_id sent twice",
    };

    [Theory]
    [MemberData(nameof(UnknownRequests))]
    public async Task AnAuthorizationRequestWithoutAPushedRequestOfThatSiteIsAnErrorPageThatRedirectsNowhere(string refusal)
    {
        var requestUri = await PushAsync();
        var path = refusal switch
        {
            "an unknown request_uri" => Authorize(ExternalSitesHost.SiteId, "urn:ietf:params:oauth:request_uri:" + new string('A', 43)),
            "no request_uri" => $"/api/oauth/authorize?client_id={ExternalSitesHost.SiteId}",
            "an unknown client" => Authorize("no-such-site", requestUri),
            "another site's request_uri" => Authorize(SiteAuthorizationHost.OtherSiteId, requestUri),
            "no client_id" => $"/api/oauth/authorize?request_uri={Uri.EscapeDataString(requestUri)}",
            "client_id sent twice" => Authorize(ExternalSitesHost.SiteId, requestUri) + $"&client_id={ExternalSitesHost.SiteId}",
            _ => throw new ArgumentOutOfRangeException(nameof(refusal)),
        };

        var response = await _browser.GetAsync(path);

        AssertErrorPage(response, HttpStatusCode.BadRequest);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ARequestUriOpensThePageOnceOnly()
    {
        var requestUri = await PushAsync();
        await OpenAsync(requestUri);

        var again = await _browser.GetAsync(Authorize(ExternalSitesHost.SiteId, requestUri));

        AssertErrorPage(again, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AnotherBrowsersCookieFindsNothingAndItsConsentIsRefusedWhileThisBrowserStillAnswers()
    {
        var (cookie, _, html) = await ToConsentAsync(fixture.Pki.Issue());
        var other = await OpenAsync(await PushAsync());

        AssertErrorPage(await PageAsync("portal-authorization=" + new string('x', 43)), HttpStatusCode.BadRequest);
        AssertErrorPage(await DecideAsync(other, FormTokenOf(html), "consent"), HttpStatusCode.Forbidden);
        AssertErrorPage(await DecideAsync(null, FormTokenOf(html), "consent"), HttpStatusCode.BadRequest);

        Assert.Equal(HttpStatusCode.SeeOther, (await DecideAsync(cookie, FormTokenOf(html), "consent")).StatusCode);
    }

    [Fact]
    public async Task AConsentPostWithoutTheFormTokenIsRefusedAndChangesNothing()
    {
        var (cookie, account, html) = await ToConsentAsync(fixture.Pki.Issue());

        AssertErrorPage(await DecideAsync(cookie, null, "consent"), HttpStatusCode.Forbidden);
        AssertErrorPage(await DecideAsync(cookie, "forged", "consent"), HttpStatusCode.Forbidden);

        Assert.Null(await Service<SiteLinks>().FindAsync(account, ExternalSitesHost.SiteId, CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await PageAsync(cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await DecideAsync(cookie, FormTokenOf(html), "consent")).StatusCode);
    }

    [Fact]
    public async Task AReplayedConsentPostIsAnErrorPageAndIssuesNoSecondCode()
    {
        var (cookie, account, html) = await ToConsentAsync(fixture.Pki.Issue());
        Assert.Equal(HttpStatusCode.SeeOther, (await DecideAsync(cookie, FormTokenOf(html), "consent")).StatusCode);
        var linksBefore = await OperationsAsync(account);

        var replayed = await DecideAsync(cookie, FormTokenOf(html), "consent");
        var refused = await DecideAsync(cookie, FormTokenOf(html), "refuse");

        AssertErrorPage(replayed, HttpStatusCode.Gone);
        AssertErrorPage(refused, HttpStatusCode.Gone);
        Assert.Equal(linksBefore.Count, (await OperationsAsync(account)).Count);
    }

    [Fact]
    public async Task ConsentBeforeTheCardLoginIsRefused()
    {
        var cookie = await OpenAsync(await PushAsync());
        var html = await (await PageAsync(cookie)).Content.ReadAsStringAsync();

        AssertErrorPage(await DecideAsync(cookie, FormTokenOf(html), "consent"), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ThePageIsStrictHtmlInNoFrameAndItsCookieIsHttpOnlyAndLax()
    {
        var opened = await _browser.GetAsync(Authorize(ExternalSitesHost.SiteId, await PushAsync()));

        Assert.Equal(HttpStatusCode.SeeOther, opened.StatusCode);
        Assert.Equal("/api/oauth/authorization", new Uri(new Uri("http://localhost/api/oauth/authorize"), opened.Headers.Location!).AbsolutePath);
        var setCookie = opened.Headers.GetValues("Set-Cookie").Single().ToLowerInvariant();
        Assert.StartsWith("portal-authorization=", setCookie, StringComparison.Ordinal);
        Assert.Contains("httponly", setCookie);
        Assert.Contains("samesite=lax", setCookie);
        Assert.Contains("path=/", setCookie);

        var page = await PageAsync(CookieOf(opened));

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("script-src", policy);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.DoesNotContain("<script", await page.Content.ReadAsStringAsync());
    }

    private async Task<(string Cookie, string Account, string Html)> ToConsentAsync(string card)
    {
        var cookie = await OpenAsync(await PushAsync());
        await LogInWithCardAsync(cookie, card);
        var account = await AccountOfAsync(cookie);
        await RegisterAsync(account);
        var consent = await PageAsync(cookie);
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        var html = await consent.Content.ReadAsStringAsync();
        Assert.Contains("同意する", html);
        return (cookie, account, html);
    }

    /// <summary>「マイナンバーカードでログイン」, the signer on the page's link with the page's code, then the page again.</summary>
    private async Task<HttpResponseMessage> LogInWithCardAsync(string cookie, string card)
    {
        var start = await (await PageAsync(cookie)).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.SeeOther, (await PostAsync("/api/oauth/authorization/card-login", cookie, [("form_token", FormTokenOf(start))])).StatusCode);
        var waiting = await (await PageAsync(cookie)).Content.ReadAsStringAsync();
        Assert.Contains("http-equiv=\"refresh\"", waiting);
        Assert.Contains("<svg", waiting);
        var link = LinkPattern().Match(waiting).Groups[1].Value;
        var code = CodePattern().Match(waiting).Groups[1].Value;
        Assert.Matches("^[A-Z]{4}-[A-Z]{4}$", code);
        await RealSigner.AnswerAsync(fixture.Host.Factory.CreateClient(), ["login", link, "--card", card], $"{code}\n{IdentityPki.AuthPin}\n");
        return await PageAsync(cookie);
    }

    /// <param name="dpop">A DPoP proof to push with (RFC 9449 §10.1); null sends none.</param>
    private async Task<string> PushAsync(string scope = Scope, string? dpop = null)
    {
        var push = new HttpRequestMessage(HttpMethod.Post, "/api/oauth/par") { Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["response_type"] = "code", ["redirect_uri"] = ExternalSitesHost.RedirectUri, ["scope"] = scope, ["state"] = State,
            ["nonce"] = "nonce-abc", ["code_challenge"] = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier))),
            ["code_challenge_method"] = "S256",
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = fixture.SiteKey.Assertion(ExternalSitesHost.SiteId, ExternalSitesHost.Issuer, DateTimeOffset.UtcNow),
        }) };
        if (dpop is not null)
        {
            push.Headers.Add("DPoP", dpop);
        }
        var response = await _browser.SendAsync(push);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("request_uri").GetString()!;
    }

    /// <returns>The Cookie header value the page set.</returns>
    private async Task<string> OpenAsync(string requestUri)
    {
        var response = await _browser.GetAsync(Authorize(ExternalSitesHost.SiteId, requestUri));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.DoesNotContain("request_uri", response.Headers.Location!.ToString());
        return CookieOf(response);
    }

    private static string CookieOf(HttpResponseMessage response) => response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];

    private static string Authorize(string clientId, string requestUri) =>
        $"/api/oauth/authorize?client_id={Uri.EscapeDataString(clientId)}&request_uri={Uri.EscapeDataString(requestUri)}";

    private Task<HttpResponseMessage> PageAsync(string? cookie) => SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/oauth/authorization"), cookie);

    private Task<HttpResponseMessage> DecideAsync(string? cookie, string? formToken, string decision) =>
        PostAsync("/api/oauth/authorization/consent", cookie, formToken is null ? [("decision", decision)] : [("form_token", formToken), ("decision", decision)]);

    private Task<HttpResponseMessage> PostAsync(string path, string? cookie, (string, string)[] fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))),
        }, cookie);

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? cookie)
    {
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        return _browser.SendAsync(request);
    }

    private static void AssertErrorPage(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    private static string FormTokenOf(string html) => FormTokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException("no form token in the page");

    private async Task<string> AccountOfAsync(string cookie)
    {
        var stored = await Service<AuthorizationTransactions>().FindAsync(cookie.Split('=', 2)[1], CancellationToken.None);
        return stored?.Document.AccountId ?? throw new Xunit.Sdk.XunitException("the card login signed no one in");
    }

    private async Task RegisterAsync(string account)
    {
        var accounts = new DocumentStore<Account>(Service<PortalDatabase>().Container(PortalContainers.Residents));
        var stored = (await accounts.ReadAsync(account, account, CancellationToken.None))!.Document;
        await accounts.UpsertAsync(stored with { State = AccountStates.Registered, RegisteredAt = DateTimeOffset.UtcNow }, CancellationToken.None);
    }

    private async Task<IReadOnlyList<OperationRecord>> OperationsAsync(string account) =>
        (await Service<OperationHistoryStore>().ListAsync(account, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1), 100, null, CancellationToken.None)).Items;

    private T Service<T>() where T : notnull => fixture.Host.Services.GetRequiredService<T>();

    [GeneratedRegex("name=\"form_token\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenPattern();

    [GeneratedRegex("href=\"(http://localhost/api/card-requests/[^\"]+)\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<p class=\"code\">([A-Z]{4}-[A-Z]{4})</p>")]
    private static partial Regex CodePattern();
}
