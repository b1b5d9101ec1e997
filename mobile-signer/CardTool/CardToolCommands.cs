using System.Security.Cryptography;
using CardTool.Cli;
using CardTool.Commands;
using MynaCard.SoftwareCard.CardFiles;

namespace CardTool;

/// <summary>
/// The whole command line, callable in process: <see cref="Run"/> returns the exit code (0 ok, 1 failure, 2 usage)
/// and writes to the given writers. A user's mistake is one line on <c>error</c>, never a stack trace.
/// </summary>
public static class CardToolCommands
{
    public const string Usage = """
        cardtool: issues the TEST JPKI PKI and software My Number card files (test keys only; never a real resident).

        Usage:
          cardtool ca init --dir <ca-dir> [--crl-base-url <url>] [--valid-days <N>] [--next-update-hours <N>]
              Two self-signed TEST roots (利用者証明用 "auth", 署名用 "sign"; RSA-2048, SHA-256), their keys (PEM),
              empty CRLs auth-ca.crl and sign-ca.crl (DER) and ca.json. Defaults: http://127.0.0.1/crl/, 3650 days, 24 h.

          cardtool issue --ca <ca-dir> --out <card-file> --name <氏名> --address <住所> --birth <YYYY-MM-DD>
                         --sex <1|2|9> --auth-pin <4 digits> --sign-pin <6-16 of A-Z 0-9>
                         [--card-input-pin <4 digits, default: the auth PIN>] [--valid-days <N, default 1825>]
                         [--no-extended-length] [--crl-base-url <url>] [--prefecture <romaji, default Tokyo>]
                         [--city <romaji, default Chiyoda-ku>] [--auth-client-auth-eku] [--force]
              New key pairs and certificates from both CAs, written as one card file (JSON) with both applets.

          cardtool revoke --ca <ca-dir> --card <card-file> [--key auth|sign|both (default both)]
              Lists the card's certificate serial(s) as revoked and rewrites both CRLs.

          cardtool crl --ca <ca-dir> [--next-update-hours <N, default as last time (24)>]
              Rewrites both CRLs: thisUpdate now, nextUpdate N hours later, CRL number + 1.

          cardtool publish --ca <ca-dir> --connection-string <storage connection string> [--container <name, default crl>]
              Uploads auth-ca.crl and sign-ca.crl to blob storage, where the portal fetches them (locally: Azurite).

          cardtool attach --card <card-file> [--port <35963 = "Virtual PCD 00 00", 35964 = "Virtual PCD 00 01">]
              Puts the card into pcscd's virtual reader (vsmartcard vpcd) until Ctrl-C: any PC/SC program sees it.

          cardtool help

        Exit codes: 0 done, 1 failed, 2 wrong command line.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, TimeProvider.System);

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider clock)
    {
        try
        {
            return args switch
            {
                ["help" or "--help" or "-h"] => Help(output),
                ["ca", "init", .. var rest] => CaInitCommand.Run(rest, output, clock),
                ["issue", .. var rest] => IssueCommand.Run(rest, output, clock),
                ["revoke", .. var rest] => RevokeCommand.Run(rest, output, clock),
                ["crl", .. var rest] => CrlCommand.Run(rest, output, clock),
                ["attach", .. var rest] => AttachCommand.Run(rest, output),
                ["publish", .. var rest] => PublishCommand.Run(rest, output),
                [] => throw new UsageException("no command given."),
                ["ca", ..] => throw new UsageException("the ca command is \"cardtool ca init --dir <ca-dir>\"."),
                [var command, ..] => throw new UsageException($"unknown command \"{command}\"."),
            };
        }
        catch (UsageException e)
        {
            error.WriteLine($"cardtool: {e.Message}");
            error.WriteLine("Run \"cardtool help\" for the usage.");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is CardToolException or CardFileException or IOException or UnauthorizedAccessException
            or CryptographicException or FormatException)
        {
            error.WriteLine($"cardtool: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static int Help(TextWriter output)
    {
        output.Write(Usage);
        return ExitCodes.Ok;
    }
}
