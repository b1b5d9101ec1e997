namespace Signer.Cli;

/// <summary>The signer's exit codes, documented in mobile-signer/README.md; scripts and the phone shell branch on them.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int NoReaderOrCard = 3;
    public const int WrongPin = 4;
    public const int PinBlocked = 5;
    public const int CertificateRefused = 6;
    public const int RequestRefused = 7;
    public const int Cancelled = 8;
    public const int PortalUnreachable = 9;
    public const int HistoryNotVerified = 10;
}
