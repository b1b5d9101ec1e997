using MynaCard.CardInput;
using MynaCard.Pins;
using Portal.Contracts.CardRequests;
using Signer.Cli.Cards;
using Signer.Cli.Console;
using Signer.Cli.Portal;
using Signer.Cli.Requests;
using Signer.Cli.Text;

namespace Signer.Cli.Commands;

/// <summary>
/// <c>prefill</c>: with the resident's consent, reads the basic 4 items of 券面事項入力補助AP and posts them.
/// Nothing is read before the resident agrees; the individual number is never read.
/// </summary>
public sealed class PrefillCommand(SignerConsole console, PortalExchangeClient portal, RequestOpener opener)
{
    public async Task<int> RunAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        var link = RequestLink.From(arguments);
        var request = await opener.OpenAsync(link, CardRequestPurposes.Prefill, cancellationToken);
        if (request is null || !console.Confirm(Prompts.PrefillConsent(request.ClientName)))
        {
            console.Out.WriteLine(Messages.Cancelled);
            return ExitCodes.Cancelled;
        }
        var pin = PinEntry.Ask(console, PinKind.CardInput);
        if (pin is null)
        {
            console.Out.WriteLine(Messages.Cancelled);
            return ExitCodes.Cancelled;
        }

        await using var card = await CardSession.OpenAsync(arguments, cancellationToken);
        var applet = new CardInputHelperApplet(card.Channel);
        await applet.SelectAsync(cancellationToken);
        await applet.VerifyPinAsync(pin, cancellationToken);
        var items = await applet.ReadBasicFourItemsAsync(cancellationToken);
        if (arguments.Flag("verbose"))
        {
            console.Out.WriteLine(CardReport.Describe(card));
        }

        await portal.PostAsync(link, new PrefillSubmission(items.Name, items.Address,
            items.DateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ((int)items.Sex).ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
        console.Out.WriteLine(Messages.Done);
        return ExitCodes.Ok;
    }
}
