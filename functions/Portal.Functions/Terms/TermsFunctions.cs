using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Terms;
using Portal.Domain.Accounts;
using Portal.Domain.Terms;

namespace Portal.Functions.Terms;

/// <summary>The terms of use (利用規約): public, read before registering (anonymous on purpose).</summary>
public sealed class TermsFunctions(TermsRepository terms, TimeProvider clock)
{
    [Function("GetCurrentTerms")]
    public async Task<IResult> GetCurrent(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "terms/current")] HttpRequest request, CancellationToken cancellationToken) =>
        View(await terms.FindCurrentAsync(clock.GetUtcNow(), cancellationToken) ?? throw new TermsUnavailableException(null));

    [Function("GetTermsVersion")]
    public async Task<IResult> GetVersion(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "terms/{version}")] HttpRequest request,
        string version, CancellationToken cancellationToken)
    {
        // Versions are short labels; anything else is not asked of the database.
        var found = version.Length <= 64 && version.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_')
            ? await terms.FindAsync(version, cancellationToken)
            : null;
        return View(found ?? throw new TermsUnavailableException(version));
    }

    private static IResult View(TermsVersion terms) =>
        TypedResults.Ok(new TermsView(terms.Id, terms.Title, terms.Body, terms.EffectiveAt));
}
