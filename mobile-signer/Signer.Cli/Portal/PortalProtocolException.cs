namespace Signer.Cli.Portal;

/// <summary>The portal's answer did not fit the exchange (missing dataToSign, unknown purpose, ...).</summary>
public sealed class PortalProtocolException(string message) : Exception(message);
