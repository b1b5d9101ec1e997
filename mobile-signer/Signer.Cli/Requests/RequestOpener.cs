using Portal.Contracts.CardRequests;
using Signer.Cli.Console;
using Signer.Cli.Portal;
using Signer.Cli.Text;

namespace Signer.Cli.Requests;

/// <summary>
/// What every command does before the card is touched: refuse an untrusted portal, fetch the request, show who asks,
/// from which device, when and what for, take the code shown where it was started, and check what is to be signed
/// against the link. Whatever fails here, no PIN has been asked and nothing is signed.
/// </summary>
public sealed class RequestOpener(SignerConsole console, PortalExchangeClient portal, SignerSettings settings, TimeProvider clock)
{
    /// <summary>The signer asks at most this often; the portal ends the request after as many wrong codes.</summary>
    private const int CodeAttempts = 3;

    /// <returns>The request with what to sign, or null when the resident gave no code (cancelled).</returns>
    public async Task<CardRequestView?> OpenAsync(Uri link, string purpose, CancellationToken cancellationToken)
    {
        var origin = CardRequestLink.OriginOf(link);
        if (!settings.Trusts(origin))
        {
            throw new UntrustedPortalException(origin);
        }
        var request = await portal.GetAsync(link, cancellationToken);
        if (request.RequestId != CardRequestLink.IdOf(link))
        {
            throw new RequestMismatchException("the portal answered another request");
        }
        if (request.Purpose != purpose)
        {
            throw new PortalProtocolException($"The link is for '{request.Purpose}', not '{purpose}'.");
        }
        console.Out.WriteLine(Prompts.Requested(request));
        var confirmed = request.CodeRequired ? await ConfirmCodeAsync(link, cancellationToken) : request;
        if (confirmed is null)
        {
            return null;
        }
        ChallengeCheck.Ensure(confirmed, link, purpose, clock.GetUtcNow());
        return confirmed;
    }

    private async Task<CardRequestView?> ConfirmCodeAsync(Uri link, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var typed = console.Ask(Prompts.Code);
            if (string.IsNullOrWhiteSpace(typed))
            {
                return null;
            }
            try
            {
                return await portal.ConfirmAsync(link, new CodeConfirmation(typed.Trim()), cancellationToken);
            }
            catch (PortalProblemException e) when (e.Slug == CardRequestProblems.WrongCode)
            {
                if (attempt >= CodeAttempts)
                {
                    throw new WrongCodeException();
                }
                console.Error.WriteLine(Messages.WrongCode(CodeAttempts - attempt));
            }
        }
    }
}
