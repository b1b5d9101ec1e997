using System.Diagnostics.CodeAnalysis;

namespace Portal.Contracts.CardRequests;

/// <summary>
/// The link a signer opens for a card request, <c>{issuer}/card-requests/{id}</c>: the portal builds it (device flow,
/// submissions, adding a card, reading the card for the profile), the signer GETs the request there and POSTs its
/// answer to the same link.
/// </summary>
public static class CardRequestLink
{
    /// <summary>The card request endpoints' route, below the issuer (the API's base).</summary>
    public const string Route = Segment + "/{id}";

    private const string Segment = "card-requests";

    /// <summary>The link of the card request <paramref name="cardRequestId"/> of the portal whose issuer is <paramref name="issuer"/>.</summary>
    public static string For(Uri issuer, string cardRequestId)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        return $"{issuer.ToString().TrimEnd('/')}/{Segment}/{cardRequestId}";
    }

    /// <summary>A link the signer may open: an absolute https:// address, or plain http:// only to this machine.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Uri? link)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed)
            && (parsed.Scheme == Uri.UriSchemeHttps || (parsed.Scheme == Uri.UriSchemeHttp && parsed.IsLoopback)))
        {
            link = parsed;
            return true;
        }
        link = null;
        return false;
    }
}
