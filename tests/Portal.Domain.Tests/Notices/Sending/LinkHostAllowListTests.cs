using Portal.Domain.Notices.Sending;

namespace Portal.Domain.Tests.Notices.Sending;

/// <summary>Which hosts a notice may link to: exact entries, and <c>*.</c> entries for the hosts under a domain only.</summary>
public sealed class LinkHostAllowListTests
{
    private static readonly LinkHostAllowList Hosts = new(["*.lg.jp", "*.go.jp", "www.example.org"]);

    [Theory]
    [InlineData("www.city.chiyoda.lg.jp", true)]
    [InlineData("WWW.City.Chiyoda.LG.JP", true)]
    [InlineData("www.digital.go.jp", true)]
    [InlineData("www.example.org", true)]
    [InlineData("lg.jp", false)]
    [InlineData("evil-lg.jp", false)]
    [InlineData("city.chiyoda.lg.jp.evil.com", false)]
    [InlineData("example.org", false)]
    public void AHostIsAllowedOnlyWhenAnEntryNamesItOrADomainAboveIt(string host, bool allowed) =>
        Assert.Equal(allowed, Hosts.Allows(host));

    [Theory]
    [InlineData("詳しくは https://www.city.chiyoda.lg.jp/a?b=1 へ", null)]
    [InlineData("詳しくは https://evil.example.com/x へ", "link-host-not-allowed")]
    [InlineData("詳しくは http://www.city.chiyoda.lg.jp/ へ", "https-required")]
    [InlineData("詳しくは ftp://files.lg.jp/ へ", "https-required")]
    [InlineData("<a href=x>リンク</a>", "markup")]
    [InlineData("段落1\n\n段落2", null)]
    public void ABodyIsPlainTextWithHttpsLinksToAllowedHostsOnly(string body, string? code)
    {
        var errors = NoticeText.Check("body", body, 4000, multiline: true, Hosts).ToList();

        Assert.Equal(code, errors.SingleOrDefault()?.Code);
    }
}
