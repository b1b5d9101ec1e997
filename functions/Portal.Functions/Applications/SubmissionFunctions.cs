using Functions.Http.Bodies;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Portal.Contracts.Applications;
using Portal.Domain.Applications.Submissions;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Applications;

/// <summary>
/// 電子申請の送信: POST a draft with an Idempotency-Key (202 while the card has to sign, 201 once stored under a
/// receipt number), then poll the submission until the signature is in.
/// </summary>
public sealed class SubmissionFunctions(
    ResidentAuthenticator authenticator, SubmissionService submissions, JsonBodyReader json, IOptions<TokenOptions> tokenOptions)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    [Function("SubmitApplication")]
    public async Task<IResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/applications")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var keys = request.Headers[IdempotencyKeyHeader];
        if (keys.Count != 1 || !SubmissionIds.IsValidKey(keys[0]))
        {
            throw new IdempotencyKeyInvalidException();
        }
        var body = await json.ReadAsync<SubmissionCreateRequest>(request, cancellationToken);
        var progress = await submissions.SubmitAsync(resident,
            new SubmissionRequest(keys[0]!, body.DraftId, body.NotifyByEmail, body.CorrectionOf), cancellationToken);
        var view = SubmissionViews.View(progress, tokenOptions.Value.Issuer);
        return progress.Submission.IsSubmitted
            ? TypedResults.Created($"/api/me/applications/{view.ReceiptNumber}", view)
            : TypedResults.Accepted($"/api/me/submissions/{view.SubmissionId}", view);
    }

    /// <summary>Polled after the signer answered: stores the application the first time it finds the signature.</summary>
    [Function("GetSubmission")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/submissions/{id}")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var progress = await submissions.GetAsync(resident, id, cancellationToken);
        var view = SubmissionViews.View(progress, tokenOptions.Value.Issuer);
        return progress.Submission.IsSubmitted ? TypedResults.Ok(view) : TypedResults.Accepted((string?)null, view);
    }
}
