using Functions.Http.Bodies;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.CardRequests;
using Portal.Domain.Identity.CardRequests;

namespace Portal.Functions.Identity;

/// <summary>
/// The signer's side of a card request: fetch it, answer it. Anonymous by design: the request id (128 random bits,
/// single use, at most 5 minutes) is the capability, and everything answered is verified against the card's PKI.
/// Card requests are created by the features that need the card, never over a public endpoint.
/// </summary>
public sealed class CardRequestFunctions(CardRequestService cardRequests, JsonBodyReader body)
{
    [Function("GetCardRequest")]
    public async Task<IResult> GetCardRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = CardRequestLink.Route)] HttpRequest request, string id,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await cardRequests.GetViewAsync(id, cancellationToken));

    /// <summary>The code the resident typed into the signer; answers what to sign when it is the one shown where the request started.</summary>
    [Function("ConfirmCardRequestCode")]
    public async Task<IResult> ConfirmCardRequestCode(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = CardRequestLink.ConfirmationRoute)] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        var confirmation = await body.ReadAsync<CodeConfirmation>(request, cancellationToken);
        return TypedResults.Ok(await cardRequests.ConfirmCodeAsync(id, confirmation.UserCode, cancellationToken));
    }

    [Function("CompleteCardRequest")]
    public async Task<IResult> CompleteCardRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = CardRequestLink.Route)] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        var answer = await body.ReadAsync<CardRequestAnswer>(request, cancellationToken);
        await (answer.IsSignature
            ? cardRequests.CompleteWithSignatureAsync(id, answer.ToSignature(), cancellationToken)
            : cardRequests.CompleteWithPrefillAsync(id, answer.ToPrefill(), cancellationToken));
        return TypedResults.NoContent();
    }
}
