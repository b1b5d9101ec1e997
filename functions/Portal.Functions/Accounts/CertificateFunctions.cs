using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Portal.Contracts.Accounts;
using Portal.Contracts.CardRequests;
using Portal.Domain.Accounts.Certificates;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Accounts;

/// <summary>The card certificates an account signs in with; a renewed card is added by a login card request made with it.</summary>
public sealed class CertificateFunctions(
    ResidentAuthenticator authenticator, AccountCertificateService certificates, IOptions<TokenOptions> tokenOptions)
{
    [Function("ListCertificates")]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/certificates")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var held = await certificates.ListAsync(resident, cancellationToken);
        return TypedResults.Ok(new CertificateList([.. held.Select(AccountViews.Certificate)]));
    }

    /// <summary>A login card request for the new card; the signer opens the link (as for the device flow).</summary>
    [Function("StartCertificateAdd")]
    public async Task<IResult> Start(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/certificates")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var cardRequest = await certificates.StartAsync(resident, cancellationToken);
        var link = CardRequestLink.For(tokenOptions.Value.Issuer, cardRequest.Id);
        return TypedResults.Accepted((string?)null, new CertificateAddStarted(cardRequest.Id, link, cardRequest.UserCode, cardRequest.ExpiresAt));
    }

    /// <summary>After the signer answered: attaches its certificate (201), or 200 when the account already held it.</summary>
    [Function("CompleteCertificateAdd")]
    public async Task<IResult> Complete(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/certificates/{cardRequestId}")] HttpRequest request,
        string cardRequestId, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var addition = await certificates.CompleteAsync(resident, cardRequestId, cancellationToken);
        var body = new CertificateAdded(AccountViews.Certificate(addition.Certificate), addition.Added, addition.Account.Certificates.Count);
        return addition.Added ? TypedResults.Created((string?)null, body) : TypedResults.Ok(body);
    }
}
