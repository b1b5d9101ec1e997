using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;

namespace Portal.Domain.Applications.Agencies;

/// <summary>
/// The signing certificate the detached CMS carries, handed to the agency beside it so it can check the signature
/// and the certificate's status itself without parsing CMS first.
/// </summary>
public static class SigningCertificate
{
    /// <returns>The DER of the first certificate in the SignedData, or null when there is none or the CMS cannot be read.</returns>
    public static byte[]? FromCms(string? cmsBase64)
    {
        if (cmsBase64 is null)
        {
            return null;
        }
        try
        {
            var contentInfo = ContentInfo.GetInstance(Asn1Object.FromByteArray(Convert.FromBase64String(cmsBase64)));
            var certificates = SignedData.GetInstance(contentInfo.Content).Certificates;
            return certificates is { Count: > 0 } ? certificates[0].ToAsn1Object().GetEncoded(Asn1Encodable.Der) : null;
        }
        catch (Exception e) when (e is FormatException or IOException or ArgumentException or InvalidCastException)
        {
            // Stored only after verification, so this is not expected: the CMS itself is still handed out as stored.
            return null;
        }
    }
}
