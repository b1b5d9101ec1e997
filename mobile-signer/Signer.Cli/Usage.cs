namespace Signer.Cli;

public static class Usage
{
    public const string Text = """
        myna-signer — マイナンバーカードでログイン・電子署名を行います / log in and sign with the My Number card

        usage:
          myna-signer status [--card <file>]
          myna-signer login <request link> [--card <file>] [--verbose]
          myna-signer sign <request link> [--card <file>] [--verbose]
          myna-signer prefill <request link> [--card <file>] [--verbose]
          myna-signer try [--card <file>]                      a login signature checked here; nothing is sent
          myna-signer bench [--card <file>] --auth-pin <pin> --sign-pin <pin> [--iterations <n>]
          myna-signer history verify <export.json> --keys <jwks.json or URL> [--since <older export.json>]
                                                               a history export checked here (操作履歴の検証)

        --card <file>   use a software card file instead of the first PC/SC reader with a card
        --reader <name> use this PC/SC reader
        --no-extended   read in 256-byte chunks (for readers without extended-length APDUs)
        --verbose       print the APDUs and bytes exchanged with the card

        MYNA_SIGNER_TRUSTED_PORTALS  the portals this signer answers, as origins separated by commas
                                     (e.g. https://portal.example); a link to any other is refused

        exit codes: 0 done, 1 unexpected error, 2 usage, 3 no reader/no card/card removed, 4 wrong PIN,
                    5 PIN blocked, 6 certificate expired/revoked/untrusted or not the submitter's card,
                    7 request refused or expired, untrusted portal, mismatched challenge, wrong code,
                    8 cancelled, 9 portal unreachable, 10 history export does not verify
        """;
}
