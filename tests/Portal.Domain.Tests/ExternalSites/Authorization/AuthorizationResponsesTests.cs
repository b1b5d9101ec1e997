using Portal.Domain.ExternalSites.Authorization;

namespace Portal.Domain.Tests.ExternalSites.Authorization;

/// <summary>The redirect back to the site: the pushed redirect URI, its own query kept, every value escaped, iss always.</summary>
public sealed class AuthorizationResponsesTests
{
    private const string Issuer = "https://portal.example/api";

    public static TheoryData<string, string?, string> Codes => new()
    {
        { "https://site.example/cb", "s1", "https://site.example/cb?code=C&state=s1&iss=https%3A%2F%2Fportal.example%2Fapi" },
        { "https://site.example/cb?tenant=a", "s1", "https://site.example/cb?tenant=a&code=C&state=s1&iss=https%3A%2F%2Fportal.example%2Fapi" },
        { "https://site.example/cb", null, "https://site.example/cb?code=C&iss=https%3A%2F%2Fportal.example%2Fapi" },
        { "https://site.example/cb", "a b&c=d#e", "https://site.example/cb?code=C&state=a%20b%26c%3Dd%23e&iss=https%3A%2F%2Fportal.example%2Fapi" },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void TheCodeGoesToThePushedRedirectUriWithStateAndIss(string redirectUri, string? state, string expected) =>
        Assert.Equal(expected, AuthorizationResponses.Code(Transaction(redirectUri, state), "C", Issuer));

    [Fact]
    public void ARefusalIsAccessDeniedWithStateAndIssAndNoCode() =>
        Assert.Equal("https://site.example/cb?error=access_denied&state=s1&iss=https%3A%2F%2Fportal.example%2Fapi",
            AuthorizationResponses.AccessDenied(Transaction("https://site.example/cb", "s1"), Issuer));

    private static AuthorizationTransaction Transaction(string redirectUri, string? state) => new()
    {
        Id = "azt-x", State = AuthorizationTransactionStates.Consent, ClientId = "site", SiteName = "サイト", RedirectUri = redirectUri,
        Scopes = ["openid"], RequestState = state, Nonce = "n", CodeChallenge = "c", FormToken = "f",
        CreatedAt = DateTimeOffset.UnixEpoch, ExpiresAt = DateTimeOffset.UnixEpoch, Ttl = 1,
    };
}
