using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Portal.Contracts.Accounts;
using Portal.Contracts.CardRequests;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Accounts;

/// <summary>
/// 利用者情報 read from the card's 券面事項入力補助AP: start a prefill card request, let the signer answer it, then
/// store what it read (a POST, since it changes the account and takes the items from the card request). Answers
/// that carry the profile are never cached.
/// </summary>
public sealed class ProfileFunctions(ResidentAuthenticator authenticator, ProfileService profiles, IOptions<TokenOptions> tokenOptions)
{
    [Function("GetProfile")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/profile")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var profile = await profiles.GetAsync(resident, cancellationToken);
        return NotCached(request, TypedResults.Ok(ProfileViews.View(profile)));
    }

    /// <summary>A prefill card request bound to this account; the signer opens the link (as for adding a card).</summary>
    [Function("StartProfileCardReading")]
    public async Task<IResult> StartReading(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/profile/card-reading")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var cardRequest = await profiles.StartReadingAsync(resident, cancellationToken);
        var link = CardRequestLink.For(tokenOptions.Value.Issuer, cardRequest.Id);
        return TypedResults.Accepted((string?)null, new CardReadingStarted(cardRequest.Id, link, cardRequest.UserCode, cardRequest.ExpiresAt));
    }

    /// <summary>After the signer answered: stores the card's items as the profile and answers it.</summary>
    [Function("CompleteProfileCardReading")]
    public async Task<IResult> CompleteReading(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/profile/card-reading/{cardRequestId}")] HttpRequest request,
        string cardRequestId, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var profile = await profiles.CompleteReadingAsync(resident, cardRequestId, cancellationToken);
        return NotCached(request, TypedResults.Ok(ProfileViews.View(profile)));
    }

    /// <summary>Forgets the profile (204 also when there was none).</summary>
    [Function("DeleteProfile")]
    public async Task<IResult> Delete(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "me/profile")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        await profiles.DeleteAsync(resident, cancellationToken);
        return TypedResults.NoContent();
    }

    private static IResult NotCached(HttpRequest request, IResult result)
    {
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return result;
    }
}
