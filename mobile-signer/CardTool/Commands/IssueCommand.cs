using CardTool.Ca;
using CardTool.Cli;
using CardTool.Issuing;

namespace CardTool.Commands;

/// <summary><c>cardtool issue</c>: a new software card file with both applets filled, certificates from the CA folder.</summary>
internal static class IssueCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TimeProvider clock)
    {
        var options = Options.Parse(args,
            ["ca", "out", "name", "address", "birth", "sex", "auth-pin", "sign-pin", "card-input-pin", "valid-days",
                "crl-base-url", "prefecture", "city"],
            ["no-extended-length", "auth-client-auth-eku", "force"]);
        var now = clock.GetUtcNow();
        var caDir = options.Required("ca");
        var outFile = options.Required("out");
        var request = new IssueRequest(
            ResidentInput.Parse(options.Required("name"), options.Required("address"), options.Required("birth"),
                options.Required("sex"), DateOnly.FromDateTime(now.UtcDateTime)),
            CardPins.Parse(options.Required("auth-pin"), options.Required("sign-pin"), options.Optional("card-input-pin")),
            options.Integer("valid-days", 1825, 1, 3650),
            !options.Flag("no-extended-length"),
            options.Optional("crl-base-url") is { } crlBaseUrl ? HttpUrl.Require(crlBaseUrl, "crl-base-url") : null,
            options.Flag("auth-client-auth-eku"),
            options.Optional("prefecture") ?? "Tokyo",
            options.Optional("city") ?? "Chiyoda-ku");
        if (File.Exists(outFile) && !options.Flag("force"))
        {
            throw new CardToolException($"{Path.GetFullPath(outFile)} exists; give --force to replace it.");
        }
        using var ca = CaDirectory.Open(caDir);
        var issued = CardIssuer.Issue(ca, request, now);
        // The serials are spent before the card exists: a gap after a failure is harmless, a serial used twice is not.
        ca.SaveState();
        var directory = Path.GetDirectoryName(Path.GetFullPath(outFile));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        issued.Card.SaveAs(outFile);
        output.WriteLine($"Issued the TEST card {issued.Card.Path}");
        output.WriteLine($"  利用者証明用 certificate: serial {issued.AuthenticationSerial} ({ca.Authentication.Certificate.Subject})");
        output.WriteLine($"  署名用 certificate:       serial {issued.SigningSerial} ({ca.Signing.Certificate.Subject})");
        output.WriteLine($"  valid until {issued.NotAfter:yyyy-MM-dd}; extended length {(request.SupportsExtendedLength ? "on" : "off")}");
        return ExitCodes.Ok;
    }
}
