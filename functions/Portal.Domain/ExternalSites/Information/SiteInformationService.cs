using Microsoft.Extensions.Logging;
using Portal.Contracts.Errors;
using Portal.Domain.Exchanges;
using Portal.Domain.ExternalSites.Links;
using Portal.Domain.ExternalSites.Pairwise;
using Portal.Domain.ExternalSites.Sites;
using Portal.Domain.ExternalSites.Tokens;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Information.Residents;
using Portal.Domain.Residents;

namespace Portal.Domain.ExternalSites.Information;

/// <summary>
/// 自己情報取得API: a site reads one category of the resident's わたしの情報 with the resident's consent, as the resident
/// sees it (<see cref="ResidentInformationService"/>). The link is read on every call, so an unlink or a revocation stops
/// the site's tokens at once; each provision is put on the exchange outbox before the site gets it, with the site as
/// the recipient, so the resident sees it in やりとり履歴.
/// </summary>
public sealed class SiteInformationService(
    ClientRegistry clients, PairwiseSubjectIndex subjects, SiteLinks links, ResidentInformationService information,
    ExchangeRecorder recorder, ILogger<SiteInformationService> logger)
{
    /// <exception cref="SiteTokenRefusedException">invalid_token (site gone, subject unknown, unlinked, revoked) or
    /// insufficient_scope (the category was not consented to).</exception>
    /// <exception cref="InvalidInputException">No or an unknown category, or a bad day.</exception>
    public async Task<ResidentInformation> ReadAsync(SiteAccessTokenClaims token, string? category, string? asOf, CancellationToken cancellationToken)
    {
        var site = await clients.FindAsync(token.ClientId, cancellationToken);
        if (site is not { IsSite: true, SectorIdentifier: { } sector })
        {
            throw Refused("the site is no longer registered");
        }
        var accountId = await subjects.ResolveAsync(sector, token.Subject, cancellationToken) ?? throw Refused("unknown subject");
        var link = await links.FindAsync(accountId, site.Id, cancellationToken);
        if (link is null || !link.Accepts(token.IssuedAt))
        {
            throw Refused(link is null ? "the resident unlinked the site" : "the site's tokens were revoked");
        }
        if (string.IsNullOrEmpty(category))
        {
            InvalidInputException.ThrowIfAny([new FieldError("category", FieldErrorCodes.Required)]);
        }
        if (!token.HasScope(SiteScopes.InformationPrefix + category) || !link.Covers([SiteScopes.InformationPrefix + category]))
        {
            logger.LogInformation("Site {ClientId} asked for a category the resident did not consent to", site.Id);
            throw new SiteTokenRefusedException(SiteTokenRefusedException.InsufficientScope, "category not consented");
        }
        var found = await information.ReadAsync(ResidentContext.Self(accountId, site.Id), category, asOf, null, null, null, cancellationToken);
        var withheld = found.Periods.Any(p => p.Records.Any(r => r.Withheld));
        await recorder.RecordAsync(new ExchangeSides(accountId, PartyOf(site), token.Subject, null, null), ExchangeKinds.SiteProvision,
            category, null, null, withheld, ExchangeOutcomes.Provided, cancellationToken);
        await links.TouchAsync(link, cancellationToken);
        return found;
    }

    /// <summary>The site as the recipient: <c>site-{clientId}</c>, its own log partition apart from every agency's.</summary>
    public static ExchangeParty PartyOf(RegisteredClient site) => new("site-" + site.Id, site.Name);

    private SiteTokenRefusedException Refused(string why)
    {
        logger.LogInformation("Site token refused at the external API: {Reason}", why);
        return new SiteTokenRefusedException(SiteTokenRefusedException.InvalidToken, why);
    }
}
