namespace Signer.Cli.Cards;

/// <summary>What one card session produced for an application: both keys' signatures and the certificates read.</summary>
public sealed record ApplicationSignature(byte[] Signature, byte[]? Certificate, byte[] AuthenticationSignature, byte[] AuthenticationCertificate);
