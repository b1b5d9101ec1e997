using MynaCard.Jpki;

namespace Signer.Cli.Cards;

/// <summary>The card commands of a login and of an application signature, at the protocol's minimum of APDUs.</summary>
public static class CardSigning
{
    /// <summary>
    /// One key: without the certificate the 5-APDU signature; with it, verify the PIN first (the signing certificate
    /// is readable only after it), read, sign.
    /// </summary>
    public static async Task<(byte[] Signature, byte[]? Certificate)> SignAsync(
        JpkiApplet jpki, JpkiKey key, string pin, byte[] hash, bool withCertificate, CancellationToken cancellationToken)
    {
        if (!withCertificate)
        {
            return (await jpki.SignWithPinAsync(key, pin, hash, cancellationToken), null);
        }
        await jpki.SelectAsync(cancellationToken);
        return await SignWithCertificateAsync(jpki, key, pin, hash, cancellationToken);
    }

    /// <summary>
    /// An application signature: one SELECT of the AP, then the authentication key answers its challenge (its
    /// certificate always read: the portal checks it is the submitter's card) and the signing key signs the signed
    /// attributes (its certificate read when asked for).
    /// </summary>
    public static async Task<ApplicationSignature> SignApplicationAsync(JpkiApplet jpki, string authenticationPin, byte[] challengeHash,
        string signingPin, byte[] attributesHash, bool withSigningCertificate, CancellationToken cancellationToken)
    {
        await jpki.SelectAsync(cancellationToken);
        var (authentication, authenticationCertificate) =
            await SignWithCertificateAsync(jpki, JpkiKey.Authentication, authenticationPin, challengeHash, cancellationToken);
        if (withSigningCertificate)
        {
            var (signature, certificate) = await SignWithCertificateAsync(jpki, JpkiKey.Signing, signingPin, attributesHash, cancellationToken);
            return new ApplicationSignature(signature, certificate, authentication, authenticationCertificate!);
        }
        await jpki.VerifyPinAsync(JpkiKey.Signing, signingPin, cancellationToken);
        return new ApplicationSignature(await jpki.SignAsync(JpkiKey.Signing, attributesHash, cancellationToken), null,
            authentication, authenticationCertificate!);
    }

    private static async Task<(byte[] Signature, byte[]? Certificate)> SignWithCertificateAsync(
        JpkiApplet jpki, JpkiKey key, string pin, byte[] hash, CancellationToken cancellationToken)
    {
        await jpki.VerifyPinAsync(key, pin, cancellationToken);
        var certificate = await jpki.ReadCertificateAsync(
            key == JpkiKey.Authentication ? JpkiCertificate.Authentication : JpkiCertificate.Signing, cancellationToken);
        return (await jpki.SignAsync(key, hash, cancellationToken), certificate);
    }
}
