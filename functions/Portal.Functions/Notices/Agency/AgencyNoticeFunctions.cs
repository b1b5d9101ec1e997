using System.Text.Json.Nodes;
using Functions.Http.Bodies;
using Functions.Http.Preconditions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Notices.Agency;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Notices.Attachments;
using Portal.Domain.Notices.Figures;
using Portal.Domain.Notices.Sending;
using Portal.Domain.Storage;
using Portal.Functions.Http;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.RateLimiting;

namespace Portal.Functions.Notices.Agency;

/// <summary>
/// お知らせの送信 for an agency's own system. The routes and bodies name no area: a notice always reaches the token's
/// own body's residents, and an agency only ever sees, changes or withdraws the notices it sent itself.
/// </summary>
public sealed class AgencyNoticeFunctions(
    AgencyAuthenticator authenticator, ClientRegistry clients, AgencyNoticeService notices, EdgeRateLimiter limits,
    JsonBodyReader json, NoticeFiguresReader figures, TimeProvider clock)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    [Function("SendAgencyNotice")]
    public async Task<IResult> Send(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "agency/notices")] HttpRequest request, CancellationToken cancellationToken)
    {
        var agency = await authenticator.AuthenticateAsync(request);
        // GOV.UK Notify's per-minute limit is per API key: here per agency client, not per address.
        limits.AdmitAgency(OperationName.Of(request.HttpContext), agency.ClientId);
        var client = await clients.FindAsync(agency.ClientId, cancellationToken)
            ?? throw new InvalidAccessTokenException("the client is no longer registered");
        var keys = request.Headers[IdempotencyKeyHeader];
        var body = await json.ReadAsync<AgencyNoticeRequest>(request, cancellationToken);
        var sent = await notices.SendAsync(agency, client.Name, new NoticeSendRequest(keys.Count == 1 ? keys[0]! : "",
            new NoticeContent(body.Title, body.Body, body.Category, body.Importance, body.PublishAt, body.ExpiresAt,
                body.Attachments?.Select(f => new NoticeAttachmentRequest(f?.Id, f?.Name)).ToList()),
            body.Audience is { } a ? new NoticeAudienceRequest(a.Kind, a.LocalGovernmentCode, a.MinAge, a.MaxAge, a.InterestedOnly,
                a.ResidentRef, a.Values) : null),
            cancellationToken);
        // A retry with the same key and content answers as the first call did, like a submission's.
        Tag(request, sent.Notice.ETag);
        return TypedResults.Created($"/api/agency/notices/{sent.Notice.Document.Id}", View(sent.Notice));
    }

    [Function("ListAgencyNotices")]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agency/notices")] HttpRequest request, CancellationToken cancellationToken)
    {
        var agency = await authenticator.AuthenticateAsync(request);
        var page = await notices.ListAsync(agency, request.Query["state"], request.Query["continuation"], cancellationToken);
        var delivery = await figures.OfAsync(page.Items, cancellationToken);
        var now = clock.GetUtcNow();
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new AgencyNoticePage([.. page.Items.Select(n => AgencyNoticeViews.View(n, now, delivery[n.Id]))],
            page.ContinuationToken));
    }

    [Function("GetAgencyNotice")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agency/notices/{id}")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        var agency = await authenticator.AuthenticateAsync(request);
        var stored = await notices.GetAsync(agency, id, cancellationToken);
        return await TaggedAsync(request, stored, cancellationToken);
    }

    [Function("PatchAgencyNotice")]
    public async Task<IResult> Patch(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "agency/notices/{id}")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        var agency = await authenticator.AuthenticateAsync(request);
        var patch = await json.ReadAsync<JsonObject>(request, cancellationToken);
        var stored = await notices.PatchAsync(agency, id, patch, EntityTags.IfMatch(request), cancellationToken);
        return await TaggedAsync(request, stored, cancellationToken);
    }

    [Function("WithdrawAgencyNotice")]
    public async Task<IResult> Withdraw(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "agency/notices/{id}")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        var agency = await authenticator.AuthenticateAsync(request);
        var stored = await notices.WithdrawAsync(agency, id, EntityTags.IfMatch(request), cancellationToken);
        return await TaggedAsync(request, stored, cancellationToken);
    }

    private AgencyNoticeView View(Stored<Domain.Notices.Notice> stored) => AgencyNoticeViews.View(stored.Document, clock.GetUtcNow());

    private async Task<IResult> TaggedAsync(HttpRequest request, Stored<Domain.Notices.Notice> stored, CancellationToken cancellationToken)
    {
        var delivery = await figures.OfAsync(stored.Document, cancellationToken);
        Tag(request, stored.ETag);
        return TypedResults.Ok(AgencyNoticeViews.View(stored.Document, clock.GetUtcNow(), delivery));
    }

    private static void Tag(HttpRequest request, string etag)
    {
        request.HttpContext.Response.Headers.ETag = EntityTags.Strong(etag);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
    }
}
