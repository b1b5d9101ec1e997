using Bot.Channels.WebChat.Limits;

namespace Bot.Channels.WebChat.Tests.Limits;

public sealed class WebChatClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", 1, "203.0.113.7")]
    [InlineData("203.0.113.7:52100", 1, "203.0.113.7")]
    [InlineData("10.0.0.1, 203.0.113.7", 1, "203.0.113.7")]
    [InlineData("10.0.0.1, 203.0.113.7", 2, "10.0.0.1")]
    [InlineData("[2001:db8::1]:443", 1, "2001:db8::1")]
    [InlineData("::ffff:203.0.113.7", 1, "203.0.113.7")]
    [InlineData("not-an-address", 1, null)]
    [InlineData("203.0.113.7", 2, null)]
    [InlineData("", 1, null)]
    public void The_client_is_the_entry_at_the_trusted_depth_from_the_right(string header, int depth, string? expected) =>
        Assert.Equal(expected, WebChatClientAddress.FromForwardedFor(header, depth));
}
