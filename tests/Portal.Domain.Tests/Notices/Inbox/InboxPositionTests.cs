using System.Buffers.Text;
using System.Text;
using Portal.Domain.Errors;
using Portal.Domain.Notices.Inbox;

namespace Portal.Domain.Tests.Notices.Inbox;

public sealed class InboxPositionTests
{
    [Fact]
    public void A_position_survives_its_round_trip_through_the_opaque_token_to_the_tick()
    {
        var position = new InboxPosition(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(1234567), ["ntc-AAAAAAAAAAAAAAAA", "ntc-BBBBBBBBBBBBBBBB"]);

        var decoded = InboxPosition.Decode(position.Encode())!;

        Assert.Equal(position.PublishAt, decoded.PublishAt);
        Assert.Equal(position.SeenAtThatTime, decoded.SeenAtThatTime);
    }

    [Theory]
    [InlineData("not base64url!", false)]
    [InlineData("{\"at\":\"2026-04-01T00:00:00+00:00\",\"seen\":[]}", true)]
    [InlineData("{\"at\":\"2026-04-01T00:00:00+00:00\",\"seen\":[\"drf-x\"]}", true)]
    [InlineData("{\"at\":\"yesterday\",\"seen\":[\"ntc-AAAAAAAAAAAAAAAA\"]}", true)]
    [InlineData("[1,2,3]", true)]
    [InlineData("not json", true)]
    public void A_token_that_is_not_one_of_ours_is_refused(string content, bool encoded)
    {
        var token = encoded ? Base64Url.EncodeToString(Encoding.UTF8.GetBytes(content)) : content;

        Assert.Throws<InvalidContinuationException>(() => InboxPosition.Decode(token));
    }
}
