using MynaCard.Errors;
using Portal.Contracts.CardRequests;
using Signer.Cli.Commands;
using Signer.Cli.Console;
using Signer.Cli.Portal;
using Signer.Cli.Requests;
using Signer.Cli.Text;

namespace Signer.Cli;

/// <summary>Runs one command and turns every typed failure into a plain message and a documented exit code.</summary>
public static class SignerApp
{
    public static async Task<int> RunAsync(string[] args, SignerConsole console, HttpClient http, SignerSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var arguments = Arguments.Parse(args);
            var portal = new PortalExchangeClient(http);
            var opener = new RequestOpener(console, portal, settings, TimeProvider.System);
            return arguments.Command switch
            {
                "status" => await new StatusCommand(console, TimeProvider.System).RunAsync(arguments, cancellationToken),
                "login" => await new SignatureCommand(console, portal, opener).RunAsync(arguments, CardRequestPurposes.Login, cancellationToken),
                "sign" => await new SignatureCommand(console, portal, opener).RunAsync(arguments, CardRequestPurposes.Sign, cancellationToken),
                "prefill" => await new PrefillCommand(console, portal, opener).RunAsync(arguments, cancellationToken),
                "bench" => await new BenchCommand(console).RunAsync(arguments, cancellationToken),
                "try" => await new TryCommand(console).RunAsync(arguments, cancellationToken),
                "history" => await new HistoryCommand(console, http).RunAsync(arguments, cancellationToken),
                _ => throw new UsageException($"Unknown command '{arguments.Command}'."),
            };
        }
        catch (Exception e)
        {
            var (message, code) = Explain(e);
            console.Error.WriteLine(message);
            return code;
        }
    }

    public static (string Message, int ExitCode) Explain(Exception exception) => exception switch
    {
        UsageException e => ($"{e.Message}\n\n{Usage.Text}", ExitCodes.Usage),
        NoReaderException => (Messages.NoReader, ExitCodes.NoReaderOrCard),
        NoCardException => (Messages.NoCard, ExitCodes.NoReaderOrCard),
        CardRemovedException => (Messages.CardRemoved, ExitCodes.NoReaderOrCard),
        CardTransportException e => ($"{Messages.NoCard}\n({e.Message})", ExitCodes.NoReaderOrCard),
        WrongPinException e => (Messages.WrongPin(e.TriesLeft), ExitCodes.WrongPin),
        PinBlockedException { BlockedByThisAttempt: true } => (Messages.PinBlockedNow, ExitCodes.PinBlocked),
        PinBlockedException => (Messages.PinBlocked, ExitCodes.PinBlocked),
        CardFileNotFoundException or CardFormatException => (Messages.NotAMyNumberCard, ExitCodes.Failure),
        UntrustedPortalException => (Messages.UntrustedPortal, ExitCodes.RequestRefused),
        RequestMismatchException => (Messages.RequestMismatch, ExitCodes.RequestRefused),
        WrongCodeException => (Messages.CodeTooOften, ExitCodes.RequestRefused),
        PortalProblemException e => Refusal(e),
        PortalUnreachableException => (Messages.PortalUnreachable, ExitCodes.PortalUnreachable),
        PortalProtocolException e => (Messages.Refused(e.Message), ExitCodes.RequestRefused),
        OperationCanceledException => (Messages.Cancelled, ExitCodes.Cancelled),
        _ => (Messages.Unexpected(exception.GetType().Name), ExitCodes.Failure),
    };

    private static (string, int) Refusal(PortalProblemException problem) => problem.Slug switch
    {
        CardRequestProblems.Expired => (Messages.RequestExpired, ExitCodes.RequestRefused),
        CardRequestProblems.AlreadyUsed => (Messages.RequestUsed, ExitCodes.RequestRefused),
        CardRequestProblems.CertificateExpired => (Messages.CertificateExpired, ExitCodes.CertificateRefused),
        CardRequestProblems.CertificateRevoked => (Messages.CertificateRevoked, ExitCodes.CertificateRefused),
        CardRequestProblems.UntrustedCertificate => (Messages.CertificateUntrusted, ExitCodes.CertificateRefused),
        CardRequestProblems.BadSignature => (Messages.BadSignature, ExitCodes.RequestRefused),
        CardRequestProblems.NotSubmittersCard => (Messages.NotSubmittersCard, ExitCodes.CertificateRefused),
        _ => (Messages.Refused(problem.Title), ExitCodes.RequestRefused),
    };
}
