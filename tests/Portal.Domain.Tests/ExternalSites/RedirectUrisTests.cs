using Portal.Domain.ExternalSites.Sites;

namespace Portal.Domain.Tests.ExternalSites;

/// <summary>What a site may register as a redirect URI, and which host its subjects belong to.</summary>
public sealed class RedirectUrisTests
{
    [Theory]
    [InlineData("https://demo.example/callback", true)]
    [InlineData("https://demo.example:8443/signin-oidc?x=1", true)]
    [InlineData("http://localhost:5080/signin-oidc", true)]
    [InlineData("http://127.0.0.1:5080/signin-oidc", true)]
    [InlineData("http://[::1]:5080/signin-oidc", true)]
    [InlineData("http://demo.example/callback", false)]
    [InlineData("https://demo.example/callback#fragment", false)]
    [InlineData("https://user:pass@demo.example/callback", false)]
    [InlineData("/callback", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("", false)]
    public void OnlyHttpsOrLoopbackHttpWithoutAFragmentIsAcceptable(string uri, bool acceptable)
    {
        Assert.Equal(acceptable, RedirectUris.IsAcceptable(uri));
    }

    [Theory]
    [InlineData(null, new[] { "https://Demo.Example/a", "https://demo.example/b" }, "demo.example")]
    [InlineData("https://sector.example/uris.json", new[] { "https://a.example/cb", "https://b.example/cb" }, "sector.example")]
    [InlineData(null, new[] { "https://a.example/cb", "https://b.example/cb" }, null)]
    [InlineData("http://sector.example/uris.json", new[] { "https://a.example/cb" }, null)]
    public void TheSectorIsTheSectorUrisHostOrTheOneRedirectHost(string? sectorUri, string[] redirectUris, string? sector)
    {
        Assert.Equal(sector, SectorIdentifiers.Of(sectorUri, redirectUris));
    }
}
