using Portal.Contracts.CardRequests;

namespace Signer.Cli.Requests;

/// <summary>
/// Before the card signs anything: what the portal asks to sign must name this request (the id in the link), this
/// portal (the link's origin) and this purpose, and must not have expired. A genuine challenge relayed by another
/// site names the genuine portal, not the site the resident opened, and is refused here.
/// </summary>
public static class ChallengeCheck
{
    /// <exception cref="RequestMismatchException">Anything differs.</exception>
    public static void Ensure(CardRequestView request, Uri link, string purpose, DateTimeOffset now)
    {
        switch (purpose)
        {
            case CardRequestPurposes.Login:
                EnsureChallenge(request.DataToSign, CardRequestPurposes.Login, link, now);
                break;
            case CardRequestPurposes.Sign:
                EnsureChallenge(request.AuthenticationChallenge, CardRequestPurposes.Sign, link, now);
                if (!SigningAttributes.TryReadBinding(Decode(request.DataToSign), out var binding))
                {
                    throw new RequestMismatchException("the data to sign does not name a request");
                }
                EnsureNames(binding.RequestId, binding.Audience, link);
                // The yes document must name this request and portal too, or a yes could be spent elsewhere.
                if (request.ConsentDataToSign is { } consent)
                {
                    if (!SigningAttributes.TryReadBinding(Decode(consent), out var consentBinding))
                    {
                        throw new RequestMismatchException("the consent data to sign does not name a request");
                    }
                    EnsureNames(consentBinding.RequestId, consentBinding.Audience, link);
                }
                break;
        }
    }

    private static void EnsureChallenge(string? base64, string purpose, Uri link, DateTimeOffset now)
    {
        if (!CardChallenge.TryParse(Decode(base64), out var challenge))
        {
            throw new RequestMismatchException("the challenge is not in the expected format");
        }
        if (challenge.Purpose != purpose)
        {
            throw new RequestMismatchException($"the challenge is for '{challenge.Purpose}', not '{purpose}'");
        }
        EnsureNames(challenge.RequestId, challenge.Audience, link);
        if (challenge.ExpiresAt <= now)
        {
            throw new RequestMismatchException("the challenge has expired");
        }
    }

    private static void EnsureNames(string requestId, string audience, Uri link)
    {
        if (requestId != CardRequestLink.IdOf(link))
        {
            throw new RequestMismatchException("it names another request");
        }
        if (audience != CardRequestLink.OriginOf(link))
        {
            throw new RequestMismatchException($"it was made for {audience}, not for {CardRequestLink.OriginOf(link)}");
        }
    }

    private static byte[] Decode(string? base64)
    {
        try
        {
            return Convert.FromBase64String(base64 ?? throw new RequestMismatchException("nothing to sign was given"));
        }
        catch (FormatException)
        {
            throw new RequestMismatchException("the data to sign is not base64");
        }
    }
}
