using Microsoft.Extensions.Logging;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Notices.Sending;

namespace Portal.Domain.Notices.Attachments;

/// <summary>
/// An agency's PDFs for its notices: uploaded first (one request per file, the raw body streamed), then named by id in a
/// send or a change, so a notice's own request stays small JSON that a retry with its Idempotency-Key repeats exactly.
/// An id resolves only among the calling client's own uploads. Logs name ids, never file names.
/// </summary>
public sealed class AgencyNoticeAttachments(NoticeAttachmentStore store, TimeProvider clock, ILogger<AgencyNoticeAttachments> logger)
{
    /// <exception cref="AttachmentTooLargeException">Declared or read over the limit.</exception>
    /// <exception cref="NoticeAttachmentNotPdfException">Not a PDF by content.</exception>
    /// <exception cref="MalwareDetectedException">The scan flagged it.</exception>
    public async Task<NoticeAttachmentUpload> UploadAsync(AgencyContext agency, long? declaredLength, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agency);
        // A declared length over the limit is refused before a byte is read; a body without one is counted as it streams.
        if (declaredLength > NoticeAttachmentLimits.MaxBytes)
        {
            throw new AttachmentTooLargeException(NoticeAttachmentLimits.MaxBytes);
        }
        var (id, size) = await store.UploadAsync(agency.ClientId, content, cancellationToken);
        logger.LogInformation("Agency {ClientId} uploaded notice attachment {AttachmentId} ({Size} bytes)", agency.ClientId, id, size);
        return new NoticeAttachmentUpload(id, size, clock.GetUtcNow() + NoticeAttachmentLimits.PendingLifetime);
    }

    /// <summary>The attachments a valid request names, each one of this client's uploads still in time; else every bad one at once.</summary>
    /// <exception cref="NoticeInvalidException">An id that is not this client's upload, or one uploaded too long ago.</exception>
    public async Task<IReadOnlyList<NoticeAttachment>> ResolveAsync(
        AgencyContext agency, IReadOnlyList<NoticeAttachmentRequest> requested, IReadOnlyList<NoticeAttachment> current,
        CancellationToken cancellationToken)
    {
        var resolved = new List<NoticeAttachment>(requested.Count);
        var errors = new List<NoticeError>();
        var now = clock.GetUtcNow();
        for (var i = 0; i < requested.Count; i++)
        {
            var (id, name) = (requested[i].Id!, requested[i].Name!);
            // A file the notice already names stays valid however old its upload: only new references must be fresh.
            var found = await store.FindAsync(agency.ClientId, id, cancellationToken);
            if (found is { } file && (current.Any(a => a.Id == id) || file.CreatedOn + NoticeAttachmentLimits.PendingLifetime > now))
            {
                resolved.Add(new NoticeAttachment(id, name, file.Size));
            }
            else
            {
                errors.Add(new NoticeError($"attachments[{i}].id", NoticeErrorCodes.UnknownAttachment));
            }
        }
        return errors.Count > 0 ? throw new NoticeInvalidException(errors) : resolved;
    }

    /// <summary>Once the notice is stored: its files are kept for as long as a notice may live.</summary>
    public Task MarkSentAsync(AgencyContext agency, IReadOnlyList<NoticeAttachment> attachments, CancellationToken cancellationToken) =>
        store.MarkSentAsync(agency.ClientId, attachments.Select(a => a.Id), cancellationToken);
}
