using System.Diagnostics.CodeAnalysis;
using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>
/// The holder of a JPKI signing certificate (署名用) as the certificate names them: the basic 4 items are in its
/// subjectAltName as otherName entries under 1.2.392.200149.8.5.5 (.1 the name, .4 the date of birth as
/// <c>EYYYYMMDD</c>: a digit for the Japanese era, then the Gregorian date). The authentication certificate carries
/// none. Personal data: the text form is redacted.
/// </summary>
public sealed record SigningCertificateHolder(string Name, DateOnly DateOfBirth)
{
    private const string SubjectAltName = "2.5.29.17";
    private const string NameOid = "1.2.392.200149.8.5.5.1";
    private const string DateOfBirthOid = "1.2.392.200149.8.5.5.4";

    /// <summary>Reads the name and date of birth; false for a certificate without both (or not a certificate at all).</summary>
    public static bool TryRead(byte[] certificateDer, [NotNullWhen(true)] out SigningCertificateHolder? holder)
    {
        holder = null;
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(certificateDer);
            var extension = certificate.Extensions[SubjectAltName];
            if (extension is null)
            {
                return false;
            }
            string? name = null;
            string? born = null;
            var reader = new AsnReader(extension.RawData, AsnEncodingRules.DER).ReadSequence();
            while (reader.HasData)
            {
                var tag = reader.PeekTag();
                if (tag != new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true))
                {
                    reader.ReadEncodedValue();
                    continue;
                }
                var otherName = reader.ReadSequence(tag);
                var oid = otherName.ReadObjectIdentifier();
                var value = otherName.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true))
                    .ReadCharacterString(UniversalTagNumber.UTF8String);
                (name, born) = oid switch
                {
                    NameOid => (value, born),
                    DateOfBirthOid => (name, value),
                    _ => (name, born),
                };
            }
            if (string.IsNullOrWhiteSpace(name) || born is null || !TryParseDate(born, out var date))
            {
                return false;
            }
            holder = new SigningCertificateHolder(name, date);
            return true;
        }
        catch (Exception e) when (e is CryptographicException or AsnContentException)
        {
            return false;
        }
    }

    /// <summary><c>EYYYYMMDD</c>: the era digit (0 unknown, 1 明治 … 5 令和) is not needed, the Gregorian date says it all.</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        return text is { Length: 9 } && text[0] is >= '0' and <= '5'
            && DateOnly.TryParseExact(text.AsSpan(1), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("redacted");
        return true;
    }
}
