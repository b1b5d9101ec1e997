namespace Signer.Cli.Requests;

/// <summary>The link's origin is not a portal this signer is configured to trust.</summary>
public sealed class UntrustedPortalException(string origin) : Exception($"Not a trusted portal: {origin}.")
{
    public string Origin { get; } = origin;
}
