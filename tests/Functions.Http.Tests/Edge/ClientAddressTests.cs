using System.Net;
using Microsoft.AspNetCore.Http;
using Functions.Http.Edge;

namespace Functions.Http.Tests.Edge;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("198.51.100.9", 1, "198.51.100.9")]
    [InlineData("198.51.100.9:51234", 1, "198.51.100.9")]
    [InlineData("[2001:db8::5]:443", 1, "2001:db8::5")]
    [InlineData("2001:db8::5", 1, "2001:db8::5")]
    [InlineData("6.6.6.6, 198.51.100.9", 1, "198.51.100.9")]
    [InlineData("6.6.6.6, 198.51.100.9, 10.0.0.4", 2, "198.51.100.9")]
    [InlineData("198.51.100.9", 2, null)]
    [InlineData("not an address", 1, null)]
    [InlineData("", 1, null)]
    [InlineData("10.0.0.1, 203.0.113.7", 2, "10.0.0.1")]
    [InlineData("::ffff:203.0.113.7", 1, "203.0.113.7")]
    public void TheClientIsTheEntryAtTheTrustedDepthFromTheRight(string header, int depth, string? expected)
    {
        Assert.Equal(expected, ClientAddress.FromForwardedFor(header, depth));
    }

    [Fact]
    public void ForwardedForIsIgnoredUnlessTrusted()
    {
        var http = new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse("203.0.113.7") } };
        http.Request.Headers[ClientAddress.ForwardedForHeader] = "198.51.100.9";

        Assert.Equal("203.0.113.7", ClientAddress.Of(http, trustForwardedFor: false, forwardedForDepth: 1));
        Assert.Equal("198.51.100.9", ClientAddress.Of(http, trustForwardedFor: true, forwardedForDepth: 1));
    }

    [Fact]
    public void AnIpv4MappedAddressCountsAsItsIpv4Address()
    {
        var http = new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse("203.0.113.7").MapToIPv6() } };

        Assert.Equal("203.0.113.7", ClientAddress.Of(http, trustForwardedFor: false, forwardedForDepth: 1));
    }

    [Fact]
    public void ATrustedButUnusableHeaderFallsBackToTheConnection()
    {
        var http = new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse("203.0.113.7") } };
        http.Request.Headers[ClientAddress.ForwardedForHeader] = "garbage";

        Assert.Equal("203.0.113.7", ClientAddress.Of(http, trustForwardedFor: true, forwardedForDepth: 1));
    }
}
