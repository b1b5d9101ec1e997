using Portal.Domain.Notices.Attachments;
using Portal.Domain.Notices.Sending;

namespace Portal.Domain.Tests.Notices.Sending;

/// <summary>A notice's attachment list before storage is asked: a few well-formed ids, each once, and plain file names.</summary>
public sealed class NoticeAttachmentRulesTests
{
    private const string Id = "nat-AAAAAAAAAAAAAAAA";

    [Theory]
    [InlineData("検診のご案内.pdf", null)]
    [InlineData("  前後に空白.pdf  ", null)]
    [InlineData("", "required")]
    [InlineData("   ", "required")]
    [InlineData("../etc/passwd", "path-in-name")]
    [InlineData("C:\\案内.pdf", "path-in-name")]
    [InlineData("..", "path-in-name")]
    [InlineData("案内\r\n.pdf", "control-characters")]
    [InlineData("<script>.pdf", "markup")]
    [InlineData("123456789018.pdf", "individual-number")]
    public void A_name_is_a_plain_file_name(string name, string? code)
    {
        var errors = new List<NoticeError>();

        NoticeAttachmentRules.Check([new NoticeAttachmentRequest(Id, name)], errors);

        Assert.Equal(code, errors.SingleOrDefault()?.Code);
    }

    [Theory]
    [InlineData(100, null)]
    [InlineData(101, "too-long")]
    public void A_name_is_at_most_100_characters(int length, string? code)
    {
        var errors = new List<NoticeError>();

        NoticeAttachmentRules.Check([new NoticeAttachmentRequest(Id, new string('案', length))], errors);

        Assert.Equal(code, errors.SingleOrDefault()?.Code);
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("nat-short", "unknown-attachment")]
    [InlineData("nat-AAAAAAAAAAAAAAAA/../x", "unknown-attachment")]
    [InlineData("ntc-AAAAAAAAAAAAAAAA", "unknown-attachment")]
    public void An_id_must_look_like_an_upload_id_before_storage_is_asked(string? id, string code)
    {
        var errors = new List<NoticeError>();

        NoticeAttachmentRules.Check([new NoticeAttachmentRequest(id, "案内.pdf")], errors);

        Assert.Equal(("attachments[0].id", code), (errors.Single().Field, errors.Single().Code));
    }

    [Fact]
    public void Five_files_are_allowed_six_are_not_and_one_file_is_named_once()
    {
        var five = new List<NoticeError>();
        var six = new List<NoticeError>();
        var twice = new List<NoticeError>();
        var files = Enumerable.Range(0, 6).Select(i => new NoticeAttachmentRequest($"nat-AAAAAAAAAAAAAAA{i}", $"{i}.pdf")).ToList();

        NoticeAttachmentRules.Check(files[..5], five);
        NoticeAttachmentRules.Check(files, six);
        NoticeAttachmentRules.Check([files[0], files[0] with { Name = "別名.pdf" }], twice);

        Assert.Empty(five);
        Assert.Equal(("attachments", "too-many", 5), (six.Single().Field, six.Single().Code, six.Single().Limit));
        Assert.Equal(("attachments[1].id", "duplicate"), (twice.Single().Field, twice.Single().Code));
    }
}
