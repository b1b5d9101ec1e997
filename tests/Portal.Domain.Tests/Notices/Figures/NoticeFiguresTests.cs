using Portal.Domain.Notices.Figures;

namespace Portal.Domain.Tests.Notices.Figures;

public sealed class NoticeFiguresTests
{
    private static NoticeDeliveryRecord Page(string id, int recipients = 0, int held = 0, int released = 0, int chat = 0) => new()
    {
        Id = id, NoticeId = "ntc-test", Recipients = recipients, Reached = recipients, Held = held, Released = released, ChatQueued = chat,
    };

    private static NoticeDeliveryRecord Report(string pageId, int line, int teams, int webChat, int failed) => new()
    {
        Id = pageId + NoticeDeliveryRecord.ChatReportSuffix, NoticeId = "ntc-test", Line = line, Teams = teams, WebChat = webChat,
        ChatFailed = failed,
    };

    public static TheoryData<string, NoticeDeliveryRecord[], int, int, int> Cases => new()
    {
        { "nothing delivered yet", [], 0, 0, 0 },
        { "a page held three in their quiet hours", [Page("p.0", recipients: 5, held: 3, chat: 2)], 5, 3, 0 },
        { "two of them let out later", [Page("p.0", recipients: 5, held: 3, chat: 2), Page("p.0.held-0800", released: 2, chat: 2)], 5, 1, 0 },
        { "the bot told chats on every channel", [Page("p.0", recipients: 2, chat: 2), Report("p.0", 2, 1, 1, 1)], 2, 0, 4 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PendingIsWhatQuietHoursStillHoldAndPushedIsEveryChatTold(
        string what, NoticeDeliveryRecord[] records, int recipients, int pending, int pushed)
    {
        var figures = NoticeFigures.Sum(records, emailSent: 0, read: 0);

        Assert.True((recipients, pending, pushed) == (figures.Recipients, figures.Pending, figures.Pushed), what);
    }

    [Fact]
    public void A_notice_no_longer_live_has_nothing_pending_since_its_held_pages_will_not_go_out()
    {
        NoticeDeliveryRecord[] records = [Page("p.0", recipients: 5, held: 3, chat: 2)];

        Assert.Equal((3, 0), (NoticeFigures.Sum(records, 0, 0).Pending, NoticeFigures.Sum(records, 0, 0, live: false).Pending));
    }
}
