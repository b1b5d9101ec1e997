using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Errors;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Notices.Attachments;
using Portal.Domain.Notices.Delivery;
using Portal.Domain.Quotas;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// お知らせの送信, the agency's side: send one notice to its own area (one document whatever the audience's size) or to
/// one resident by its residentRef (the notice in the resident's partition and a pointer in the agency's: two),
/// list and read its own, change one while scheduled, withdraw one. Another agency's notice is answered as unknown.
/// Logs name the notice and the client, never the title or body (an agency might write personal data in them), a personal notice's values, ref or account.
/// </summary>
public sealed class AgencyNoticeService(
    SentNoticeRepository notices, NoticeValidator validator, NoticeAddressing addressing, DailyQuota daily, NoticePublisher publisher,
    AgencyNoticeAttachments attachments,
    IOptions<NoticeSendingOptions> options, TimeProvider clock, ILogger<AgencyNoticeService> logger)
{
    public const int PageSize = 20;

    private static readonly string[] Patchable = ["title", "body", "category", "importance", "publishAt", "expiresAt", "attachments"];

    /// <exception cref="NoticeIdempotencyKeyInvalidException">No usable Idempotency-Key.</exception>
    /// <exception cref="NoticeInvalidException">Bad content or audience; nothing stored.</exception>
    /// <exception cref="NoticeAudienceOutsideAreaException">The audience names another body.</exception>
    /// <exception cref="NoticeIdempotencyKeyReusedException">The key was used for other content.</exception>
    /// <exception cref="NoticeDailyLimitExceededException">The day's allowance is used.</exception>
    public async Task<NoticeSent> SendAsync(AgencyContext agency, string senderName, NoticeSendRequest request, CancellationToken cancellationToken)
    {
        if (!NoticeIdempotency.IsValidKey(request.IdempotencyKey))
        {
            throw new NoticeIdempotencyKeyInvalidException();
        }
        var now = clock.GetUtcNow();
        var (content, requested) = validator.Validate(agency, request.Content, request.Audience, now);
        var (audienceKey, audience) = await addressing.ResolveAsync(agency, requested, cancellationToken);
        var keyHash = NoticeIdempotency.KeyHash(agency.ClientId, request.IdempotencyKey);
        var id = NoticeIdempotency.NoticeIdFor(keyHash);
        var requestHash = NoticeIdempotency.RequestHash(request.Content, request.Audience);
        var area = AgencyArea.KeyOf(agency);
        if (await notices.ReadAsync(area, id, cancellationToken) is { } earlier)
        {
            return await PublishedAsync(await FilesKeptAsync(agency, Replayed(earlier, requestHash), cancellationToken), cancellationToken);
        }
        var files = await attachments.ResolveAsync(agency, content.Attachments, [], cancellationToken);
        if (await daily.TakeAsync(DailyQuotaPurpose.Notices, agency.ClientId, options.Value.PerDayLimit, cancellationToken) is { } refusal)
        {
            throw new NoticeDailyLimitExceededException(refusal.Limit, refusal.RetryAfter);
        }
        var notice = new Notice
        {
            Id = id, AudienceKey = audienceKey, AgencyClientId = agency.ClientId, SenderName = senderName,
            SenderLocalGovernmentCode = AgencyArea.CodeOf(agency), Audience = audience,
            Title = content.Title, Body = content.Body, Category = content.Category, Importance = content.Importance, Attachments = files,
            PublishAt = content.PublishAt, ExpiresAt = content.ExpiresAt, CreatedAt = now, UpdatedAt = now,
            IdempotencyKeyHash = keyHash, RequestHash = requestHash, Ttl = TtlOf(content.ExpiresAt, now),
        };
        try
        {
            var stored = await notices.CreateAsync(area, notice, cancellationToken);
            // The area, never a personal notice's own key: that names the resident's account.
            logger.LogInformation("Agency {ClientId} sent notice {NoticeId} from {Area} ({Kind})", agency.ClientId, id, area, audience.Kind);
            return await PublishedAsync(await FilesKeptAsync(agency, new NoticeSent(stored, Created: true), cancellationToken), cancellationToken);
        }
        // The same key twice at once (the other request stored it first), or a personal notice stored without its pointer.
        catch (DuplicateDocumentException)
        {
            var winner = await notices.CreatedAsync(area, notice, cancellationToken) ?? throw new NoticeNotFoundException(id);
            return await PublishedAsync(await FilesKeptAsync(agency, Replayed(winner, requestHash), cancellationToken), cancellationToken);
        }
    }

    /// <summary>The agency's own notices, newest first, optionally in one state now, a page at a time.</summary>
    /// <exception cref="NoticeInvalidException">An unknown state, or a continuation this list did not issue.</exception>
    public async Task<Page<Notice>> ListAsync(AgencyContext agency, string? state, string? continuation, CancellationToken cancellationToken)
    {
        if (state is not null && !NoticeStates.All.Contains(state, StringComparer.Ordinal))
        {
            throw new NoticeInvalidException([new NoticeError("state", NoticeErrorCodes.Invalid)]);
        }
        var token = continuation is null ? null : NoticePaging.Decode(continuation)
            ?? throw new NoticeInvalidException([new NoticeError("continuation", NoticeErrorCodes.Invalid)]);
        try
        {
            var page = await notices.ListSentAsync(AgencyArea.KeyOf(agency), agency.ClientId, state, clock.GetUtcNow(), PageSize,
                token, cancellationToken);
            return page with { ContinuationToken = NoticePaging.Encode(page.ContinuationToken) };
        }
        catch (InvalidContinuationException)
        {
            throw new NoticeInvalidException([new NoticeError("continuation", NoticeErrorCodes.Invalid)]);
        }
    }

    /// <exception cref="NoticeNotFoundException">Unknown, or another agency's.</exception>
    public async Task<Stored<Notice>> GetAsync(AgencyContext agency, string id, CancellationToken cancellationToken) =>
        await notices.ReadAsync(AgencyArea.KeyOf(agency), id, cancellationToken) is { Document.AgencyClientId: var sender } stored
            && sender == agency.ClientId
            ? stored
            : throw new NoticeNotFoundException(id);

    /// <summary>An RFC 7396 merge patch of the content, only while the notice is scheduled (nobody has seen it yet).</summary>
    /// <exception cref="NoticeNotScheduledException">Published, withdrawn or expired.</exception>
    /// <exception cref="NoticeInvalidException">A field refused, or one that cannot be changed.</exception>
    /// <exception cref="ConcurrencyConflictException"><paramref name="ifMatch"/> is stale.</exception>
    public async Task<Stored<Notice>> PatchAsync(
        AgencyContext agency, string id, JsonObject patch, string? ifMatch, CancellationToken cancellationToken)
    {
        var stored = await GetAsync(agency, id, cancellationToken);
        var now = clock.GetUtcNow();
        var current = stored.Document;
        RefuseUnpatchable(patch);
        if (current.StateAt(now) is var state && state != NoticeStates.Scheduled)
        {
            throw new NoticeNotScheduledException(id, state);
        }
        var content = validator.ValidateContent(NoticeMergePatch.Apply(current, patch), now);
        RefuseStale(id, ifMatch, stored.ETag);
        var files = await attachments.ResolveAsync(agency, content.Attachments, current.Attachments, cancellationToken);
        var changed = current with
        {
            Title = content.Title, Body = content.Body, Category = content.Category, Importance = content.Importance, Attachments = files,
            PublishAt = content.PublishAt, ExpiresAt = content.ExpiresAt, UpdatedAt = now, Ttl = TtlOf(content.ExpiresAt, now),
        };
        var saved = await notices.ReplaceAsync(AgencyArea.KeyOf(agency), changed, stored.ETag, cancellationToken);
        // A file the change dropped keeps its sent tag: another notice of the agency may name the same upload.
        await attachments.MarkSentAsync(agency, files, cancellationToken);
        logger.LogInformation("Agency {ClientId} changed notice {NoticeId}", agency.ClientId, id);
        return saved;
    }

    /// <summary>取り下げ: gone from every inbox from now on. Withdrawing a withdrawn notice answers it as it is.</summary>
    /// <exception cref="ConcurrencyConflictException"><paramref name="ifMatch"/> is stale.</exception>
    public async Task<Stored<Notice>> WithdrawAsync(AgencyContext agency, string id, string? ifMatch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await GetAsync(agency, id, cancellationToken);
            if (stored.Document.WithdrawnAt is not null)
            {
                return stored;
            }
            RefuseStale(id, ifMatch, stored.ETag);
            var now = clock.GetUtcNow();
            try
            {
                var saved = await notices.ReplaceAsync(AgencyArea.KeyOf(agency), stored.Document with { WithdrawnAt = now, UpdatedAt = now },
                    stored.ETag, cancellationToken);
                logger.LogInformation("Agency {ClientId} withdrew notice {NoticeId}", agency.ClientId, id);
                return saved;
            }
            // Without If-Match the agency asked to withdraw whatever is current: a concurrent change is read again.
            catch (ConcurrencyConflictException) when (ifMatch is null && attempt < 3)
            {
            }
        }
    }

    /// <summary>If-Match as sent (quoted, a strong tag) against the store's ETag (quoted or not).</summary>
    private static void RefuseStale(string id, string? ifMatch, string etag)
    {
        if (ifMatch is not null && !string.Equals(ifMatch.Trim().Trim('"'), etag.Trim('"'), StringComparison.Ordinal))
        {
            throw new ConcurrencyConflictException(id);
        }
    }

    /// <summary>
    /// A notice published now starts its pushes at once (a retried send too, in case the first one stopped before).
    /// Best effort: the notice is stored and in every inbox already, and the publishing timer starts what this missed.
    /// </summary>
    private async Task<NoticeSent> PublishedAsync(NoticeSent sent, CancellationToken cancellationToken)
    {
        try
        {
            await publisher.StartIfPublishedAsync(sent.Notice, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Notice {NoticeId}: its pushes did not start now ({ErrorType}); the publishing timer starts them",
                sent.Notice.Document.Id, e.GetType().Name);
        }
        return sent;
    }

    /// <summary>
    /// The notice's files tagged as sent once it is stored (a retry with the same key tags them again, should the first
    /// call have stopped in between): untagged, the lifecycle rule for unreferenced uploads would delete them.
    /// </summary>
    private async Task<NoticeSent> FilesKeptAsync(AgencyContext agency, NoticeSent sent, CancellationToken cancellationToken)
    {
        await attachments.MarkSentAsync(agency, sent.Notice.Document.Attachments, cancellationToken);
        return sent;
    }

    private static NoticeSent Replayed(Stored<Notice> earlier, string requestHash) =>
        earlier.Document.RequestHash == requestHash
            ? new NoticeSent(earlier, Created: false)
            : throw new NoticeIdempotencyKeyReusedException(earlier.Document.Id);

    private static void RefuseUnpatchable(JsonObject patch)
    {
        var errors = patch.Select(p => p.Key).Where(k => !Patchable.Contains(k, StringComparer.Ordinal))
            .Select(k => new NoticeError(k, NoticeErrorCodes.NotPatchable)).ToList();
        if (errors.Count > 0)
        {
            throw new NoticeInvalidException(errors);
        }
    }

    /// <summary>Cosmos deletes the notice a while after it left the inboxes (the agency's list keeps it meanwhile).</summary>
    private int TtlOf(DateTimeOffset expiresAt, DateTimeOffset now) =>
        (int)Math.Ceiling((expiresAt + options.Value.RetainAfterExpiry - now).TotalSeconds);
}
