using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity;
using Portal.Domain.Notices.Attachments;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Notices;

/// <summary>
/// お知らせの添付: an agency uploads a PDF for its notices; a resident downloads one through the short-lived link their
/// notice detail gave, with no bearer token (the sealed link is the grant, so the route is deliberately open to anyone).
/// A too-large or flagged file answers as a draft's does (the same exceptions, mapped once by the drafts feature).
/// </summary>
public static class NoticeAttachmentsFeature
{
    public static readonly ProblemType NotPdf = new("notice-attachment-not-pdf", 415, "お知らせに添付できるのは PDF ファイルだけです。");
    public static readonly ProblemType LinkInvalid = new("notice-attachment-link-invalid", 404, "添付ファイルのリンクが使えません。");

    public static IServiceCollection AddNoticeAttachmentsFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddNoticeAttachments(configuration)
        .AddProblems(problems => problems
            .Map<NoticeAttachmentNotPdfException>((_, p) => p.Problem(NotPdf,
                "ファイル名や Content-Type ではなく内容で判定しています。PDF ファイル（%PDF- で始まるもの）を送信してください。"))
            .Map<NoticeAttachmentLinkInvalidException>((_, p) => p.Problem(LinkInvalid,
                $"リンクの有効期限（{NoticeAttachmentLinks.Lifetime.TotalMinutes:0}分）が過ぎたか、お知らせが取り下げられた可能性があります。お知らせを開き直してください。")))
        .AddRouteValues(values => values.For("DownloadNoticeAttachment", ("link", NoticeAttachmentIdentifiers.Link)))
        .AddCallers(callers => callers
            .Allow("UploadAgencyNoticeAttachment", Callers.Agency(PortalScopes.AgencyNotices))
            .Allow("DownloadNoticeAttachment", Callers.Anyone));
}
