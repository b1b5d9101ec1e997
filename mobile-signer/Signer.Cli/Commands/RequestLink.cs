using Portal.Contracts.CardRequests;

namespace Signer.Cli.Commands;

/// <summary>The card request link given on the command line: HTTPS, or plain HTTP only to this machine.</summary>
public static class RequestLink
{
    public static Uri From(Arguments arguments)
    {
        if (arguments.Positionals is not [var text])
        {
            throw new UsageException("Give exactly one request link.");
        }
        if (!CardRequestLink.TryParse(text, out var link))
        {
            throw new UsageException("The request link must be an https:// address (http:// only for this machine).");
        }
        return link;
    }
}
