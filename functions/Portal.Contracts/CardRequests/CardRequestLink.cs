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

    /// <summary>Where the signer posts the code the resident typed: below the link.</summary>
    public const string ConfirmationRoute = Route + "/" + ConfirmationSegment;

    private const string ConfirmationSegment = "confirmation";

    private const string Segment = "card-requests";

    /// <summary>The link of the card request <paramref name="cardRequestId"/> of the portal whose issuer is <paramref name="issuer"/>.</summary>
    public static string For(Uri issuer, string cardRequestId)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        return $"{issuer.ToString().TrimEnd('/')}/{Segment}/{cardRequestId}";
    }

    /// <summary>
    /// The audience every challenge of this portal names: the bare origin of its links (scheme, host, and the port
    /// when it is not the scheme's default), lower case, no path. The signer compares it with the origin of the link it
    /// opened, so it is one exact string on both sides.
    /// </summary>
    public static string OriginOf(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
    }

    /// <summary>The request id a link names: its last path segment.</summary>
    public static string IdOf(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.AbsolutePath.TrimEnd('/').Split('/')[^1];
    }

    /// <summary>Where to post the code for the request at <paramref name="link"/>.</summary>
    public static Uri ConfirmationOf(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new Uri($"{link.GetLeftPart(UriPartial.Path).TrimEnd('/')}/{ConfirmationSegment}");
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
