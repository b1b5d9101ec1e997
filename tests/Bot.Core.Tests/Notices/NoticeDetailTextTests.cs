using Bot.Core.Notices;
using NoticeAttachmentView = Portal.Contracts.Notices.Inbox.NoticeAttachmentView;

namespace Bot.Core.Tests.Notices;

/// <summary>A notice's detail in the chat names its PDFs and sends the resident to the portal for them, never a link.</summary>
public sealed class NoticeDetailTextTests
{
    private static readonly DateTimeOffset Published = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_detail_lists_the_attachment_names_and_no_download_link()
    {
        var files = new[]
        {
            new NoticeAttachmentView("検診のご案内.pdf", 1200, "/api/notice-attachments/secret-grant-1", Published.AddMinutes(10)),
            new NoticeAttachmentView("会場地図.pdf", 3400, "/api/notice-attachments/secret-grant-2", Published.AddMinutes(10)),
        };

        var text = NoticeTexts.Detail(new NoticeDetail("ntc-1", "検診", "本文", "千代田区", "health", "normal", Published, files)).Text;

        Assert.EndsWith("添付ファイル（マイナポータルのお知らせからご覧ください）:\n・検診のご案内.pdf\n・会場地図.pdf", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-grant", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_without_attachments_ends_with_its_body()
    {
        var text = NoticeTexts.Detail(new NoticeDetail("ntc-1", "検診", "本文", "千代田区", "health", "normal", Published, [])).Text;

        Assert.EndsWith("\n\n本文", text, StringComparison.Ordinal);
        Assert.DoesNotContain("添付", text, StringComparison.Ordinal);
    }
}
