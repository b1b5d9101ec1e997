namespace Signer.Cli.Portal;

public sealed class PortalUnreachableException(Exception inner) : Exception("The portal could not be reached.", inner);
