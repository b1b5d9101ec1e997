using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Login;
using Bot.Core.Portal;
using Portal.Contracts.Applications;
using Portal.Contracts.Drafts;
using Portal.Contracts.Forms;

namespace Bot.Core.Forms;

/// <summary>
/// The portal's forms, drafts and submissions as the form flow uses them, with the resident's session as the bearer
/// (the same named client as <see cref="PortalApiClient"/>: base address and resilience). Errors become
/// <see cref="PortalApiException"/> unless the flow answers them (412, 409 prefill, 422 not online).
/// </summary>
public sealed class FormsPortalClient(IHttpClientFactory factory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private HttpClient Http => factory.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);

    public async Task<StoredDraft> CreateDraftAsync(PortalSession session, string procedureId, string localGovernmentCode, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, "api/me/drafts", session, JsonContent.Create(new CreateDraftRequest(procedureId, localGovernmentCode, null)));
        return await DraftAsync(request, "create-draft", cancellationToken) ?? throw new PortalApiException(HttpStatusCode.NotFound, "create-draft");
    }

    /// <summary>Null when the draft is gone (submitted, deleted or expired).</summary>
    public async Task<StoredDraft?> GetDraftAsync(PortalSession session, string draftId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, $"api/me/drafts/{Uri.EscapeDataString(draftId)}", session);
        return await DraftAsync(request, "get-draft", cancellationToken);
    }

    /// <summary>Null on 412: the draft changed elsewhere (another channel, the web form page); re-read and patch again.</summary>
    public async Task<StoredDraft?> PatchDraftAsync(PortalSession session, string draftId, JsonObject patch, string etag, CancellationToken cancellationToken)
    {
        var content = new StringContent(patch.ToJsonString(), Encoding.UTF8, "application/merge-patch+json");
        using var request = Request(HttpMethod.Patch, $"api/me/drafts/{Uri.EscapeDataString(draftId)}", session, content);
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        using var response = await Http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            return null;
        }
        return await ReadDraftAsync(response, "patch-draft", cancellationToken);
    }

    /// <summary>Fills empty fields from the profile; a resident without a profile (409) is simply not prefilled.</summary>
    public async Task PrefillAsync(PortalSession session, string draftId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, $"api/me/drafts/{Uri.EscapeDataString(draftId)}/prefill", session);
        using var response = await Http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.Conflict)
        {
            throw new PortalApiException(response.StatusCode, "prefill-draft");
        }
    }

    public async Task<TodoList> TodoAsync(PortalSession session, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, "api/me/todo", session);
        using var response = await Http.SendAsync(request, cancellationToken);
        return await ReadAsync<TodoList>(response, "todo", cancellationToken);
    }

    public async Task<FormDefinitionView> GetFormAsync(string formId, int version, CancellationToken cancellationToken)
    {
        using var response = await Http.GetAsync($"api/forms/{Uri.EscapeDataString(formId)}/versions/{version}", cancellationToken);
        return await ReadAsync<FormDefinitionView>(response, "get-form", cancellationToken);
    }

    public async Task<FormValidationResponse> ValidateAsync(string formId, int version, JsonObject answers, CancellationToken cancellationToken)
    {
        using var response = await Http.PostAsJsonAsync($"api/forms/{Uri.EscapeDataString(formId)}/versions/{version}/validation",
            new FormValidationRequest(answers), cancellationToken);
        return await ReadAsync<FormValidationResponse>(response, "validate-form", cancellationToken);
    }

    /// <summary>POST /api/me/applications with the key kept in the conversation, so a retry never submits twice.</summary>
    public async Task<SubmitOutcome> SubmitAsync(PortalSession session, string draftId, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, "api/me/applications", session, JsonContent.Create(new SubmissionCreateRequest(draftId, false, null)));
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await Http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            var type = problem?["type"]?.GetValue<string>() ?? "";
            if (type.EndsWith("/application-not-online", StringComparison.Ordinal))
            {
                return new SubmitOutcome(null, problem?["printUrl"]?.GetValue<string>());
            }
            if (type.EndsWith("/application-invalid", StringComparison.Ordinal) && problem?["errors"] is JsonArray errors)
            {
                return new SubmitOutcome(null, null, [.. errors.Select(e => new FieldErrorView(
                    e?["path"]?.GetValue<string>() ?? "", e?["code"]?.GetValue<string>() ?? "", e?["detail"]?.GetValue<string>() ?? ""))]);
            }
            throw new PortalApiException(response.StatusCode, "submit");
        }
        return new SubmitOutcome(await ReadAsync<SubmissionView>(response, "submit", cancellationToken), null);
    }

    /// <summary>
    /// POST /api/me/drafts/{id}/attachments?name= with the file streamed as it arrives. Null when the draft is gone; the
    /// portal's problem when it refuses the file (type, size, malware, too many files).
    /// </summary>
    public async Task<AttachmentUpload?> AddAttachmentAsync(PortalSession session, string draftId, string fileName, Stream content, long? length,
        CancellationToken cancellationToken)
    {
        var body = new StreamContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Headers.ContentLength = length;
        using var request = Request(HttpMethod.Post,
            $"api/me/drafts/{Uri.EscapeDataString(draftId)}/attachments?name={Uri.EscapeDataString(fileName)}", session, body);
        using var response = await Http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        if ((int)response.StatusCode is >= 400 and < 500 and not 401 and not 403)
        {
            return new AttachmentUpload(null, await ProblemAsync(response, cancellationToken));
        }
        return new AttachmentUpload(await ReadAsync<DraftAttachmentView>(response, "add-attachment", cancellationToken), null);
    }

    /// <summary>Removes a file replaced by another; a file already gone is fine.</summary>
    public async Task DeleteAttachmentAsync(PortalSession session, string draftId, string attachmentId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Delete,
            $"api/me/drafts/{Uri.EscapeDataString(draftId)}/attachments/{Uri.EscapeDataString(attachmentId)}", session);
        using var response = await Http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NotFound)
        {
            throw new PortalApiException(response.StatusCode, "delete-attachment");
        }
    }

    /// <summary>GET /api/me/drafts/{id}/print: the PDF to stream on (dispose it to release the response); null when the draft is gone.</summary>
    public async Task<Stream?> OpenPrintAsync(PortalSession session, string draftId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, $"api/me/drafts/{Uri.EscapeDataString(draftId)}/print", session);
        var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            response.Dispose();
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            throw new PortalApiException(response.StatusCode, "print-draft");
        }
        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }

    /// <summary>
    /// The submission as it stands (pending, or submitted with its receipt number); null when the portal says the
    /// signing cannot complete any more (expired, signature refused, gone) — the resident submits again.
    /// </summary>
    public async Task<SubmissionView?> CheckSubmissionAsync(PortalSession session, string submissionId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, $"api/me/submissions/{Uri.EscapeDataString(submissionId)}", session);
        using var response = await Http.SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone or HttpStatusCode.UnprocessableEntity or HttpStatusCode.Conflict)
        {
            return null;
        }
        var view = await ReadAsync<SubmissionView>(response, "get-submission", cancellationToken);
        return view.State == "refused" ? null : view;
    }

    private async Task<StoredDraft?> DraftAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        using var response = await Http.SendAsync(request, cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadDraftAsync(response, operation, cancellationToken);
    }

    private static async Task<StoredDraft> ReadDraftAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        var draft = await ReadAsync<DraftView>(response, operation, cancellationToken);
        var etag = response.Headers.ETag?.ToString() ?? draft.ETag ?? throw new PortalApiException(response.StatusCode, operation);
        return new StoredDraft(draft, etag);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new PortalApiException(response.StatusCode, operation);
        }
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken) ?? throw new PortalApiException(response.StatusCode, operation);
    }

    private static async Task<PortalProblem> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        var type = problem?["type"]?.GetValue<string>() ?? "";
        return new PortalProblem((int)response.StatusCode, type[(type.LastIndexOf('/') + 1)..],
            problem?["title"]?.GetValue<string>(), problem?["detail"]?.GetValue<string>());
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, PortalSession session, HttpContent? content = null) => new(method, path)
    {
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", session.BearerToken()) },
        Content = content,
    };
}
