using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Attachments;
using Portal.Domain.Residents.References;
using Portal.Testing;

namespace Portal.Domain.Tests.Notices.Attachments;

/// <summary>
/// A download link carries its grant sealed: it opens to the notice, attachment and account it was made for until it
/// expires, and never once altered, made under another key, or expired; the URL shows neither account nor partition.
/// </summary>
public sealed class NoticeAttachmentLinksTests
{
    private const string Account = "acc-0123456789abcdef";

    private static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    private static readonly Notice Personal = new()
    {
        Id = "ntc-AbCdEfGhIjKlMnOp", AudienceKey = AudienceKeys.Resident(Account), AgencyClientId = "chiyoda", SenderName = "千代田区",
        Audience = new NoticeAudience(NoticeAudienceKinds.Resident), Title = "t", Body = "b", Category = NoticeCategories.Other,
        Importance = NoticeImportance.Normal, PublishAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
        CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, IdempotencyKeyHash = "h",
        Attachments = [new NoticeAttachment("nat-AAAAAAAAAAAAAAAA", "案内.pdf", 10), new NoticeAttachment("nat-BBBBBBBBBBBBBBBB", "別紙.pdf", 20)],
    };

    private NoticeAttachmentLinks Links(string key) => new(new ResidentRefs(Options.Create(new ResidentRefOptions { Key = key })), _clock);

    private static string TokenOf(NoticeAttachmentLink link) => link.Url[NoticeAttachmentLinks.RoutePrefix.Length..];

    [Fact]
    public void Each_attachment_gets_a_link_that_opens_to_its_own_grant_until_it_expires()
    {
        var links = Links(Key);

        var issued = links.For(Personal, Account);
        var grants = issued.Select(l => links.Open(TokenOf(l))).ToList();
        _clock.Advance(NoticeAttachmentLinks.Lifetime + TimeSpan.FromSeconds(1));

        Assert.Equal(["nat-AAAAAAAAAAAAAAAA", "nat-BBBBBBBBBBBBBBBB"], grants.Select(g => g!.AttachmentId));
        Assert.All(grants, g => Assert.Equal((Personal.Id, Personal.AudienceKey, Account), (g!.NoticeId, g.AudienceKey, g.AccountId)));
        Assert.All(issued, l => Assert.StartsWith(NoticeAttachmentLinks.RoutePrefix, l.Url, StringComparison.Ordinal));
        Assert.All(issued, l => Assert.Null(links.Open(TokenOf(l))));
    }

    [Fact]
    public void An_altered_link_or_one_made_under_another_key_does_not_open()
    {
        var token = TokenOf(Links(Key).For(Personal, Account)[0]);
        var altered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        var otherKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        Assert.Null(Links(Key).Open(altered));
        Assert.Null(Links(otherKey).Open(token));
        Assert.Null(Links(Key).Open("not a link"));
        Assert.Null(Links(Key).Open(""));
        Assert.Null(Links(Key).Open(null));
    }

    [Fact]
    public void The_link_shows_neither_the_account_nor_the_partition()
    {
        var url = Links(Key).For(Personal, Account)[0].Url;

        Assert.DoesNotContain(Account, url, StringComparison.Ordinal);
        Assert.DoesNotContain("res-", url, StringComparison.Ordinal);
        Assert.DoesNotContain(Personal.Id, url, StringComparison.Ordinal);
    }
}
