using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Formats.Asn1;

namespace Portal.Contracts.CardRequests;

/// <summary>
/// The bytes a card signs for an electronic signature: the DER encoding of the CMS signed attributes as a SET OF
/// (tag 0x31), which RFC 5652 §5.4 makes the signature input. The card's signature over them is therefore exactly
/// the signature value of a standard CMS SignedData over the document, with these as its signedAttrs.
/// </summary>
public static class SigningAttributes
{
    public const string ContentTypeOid = "1.2.840.113549.1.9.3";
    public const string DataOid = "1.2.840.113549.1.7.1";
    public const string MessageDigestOid = "1.2.840.113549.1.9.4";
    public const string SigningTimeOid = "1.2.840.113549.1.9.5";

    /// <summary>
    /// The portal's own attribute: SEQUENCE { version INTEGER (1), requestId UTF8String, audience UTF8String,
    /// nonce OCTET STRING }, which ties the signature to one card request of one portal. 2.999 is the ITU-T/ISO arc
    /// reserved for examples: a real deployment registers its own arc (an IANA private enterprise number under
    /// 1.3.6.1.4.1) and puts this attribute there.
    /// </summary>
    public const string CardRequestBindingOid = "2.999.1.1";

    /// <param name="documentSha256">SHA-256 of the canonical application document (the CMS encapsulated content).</param>
    /// <param name="nonce">Base64url, as stored on the request.</param>
    public static byte[] Create(ReadOnlySpan<byte> documentSha256, DateTimeOffset signingTime, string requestId, string audience, string nonce)
    {
        if (documentSha256.Length != 32)
        {
            throw new ArgumentException("The document digest must be a SHA-256 (32 bytes).", nameof(documentSha256));
        }
        var digest = documentSha256.ToArray();
        var writer = new AsnWriter(AsnEncodingRules.DER);
        // DER sorts a SET OF by its encodings when it is popped: the order written here does not matter.
        using (writer.PushSetOf())
        {
            Attribute(writer, ContentTypeOid, value => value.WriteObjectIdentifier(DataOid));
            Attribute(writer, MessageDigestOid, value => value.WriteOctetString(digest));
            // UTCTime, as RFC 5652 §11.3 requires for dates from 1950 to 2049; whole seconds.
            Attribute(writer, SigningTimeOid, value => value.WriteUtcTime(signingTime.ToUniversalTime()));
            Attribute(writer, CardRequestBindingOid, value =>
            {
                using (value.PushSequence())
                {
                    value.WriteInteger(1);
                    value.WriteCharacterString(UniversalTagNumber.UTF8String, requestId);
                    value.WriteCharacterString(UniversalTagNumber.UTF8String, audience);
                    value.WriteOctetString(Base64Url.DecodeFromChars(nonce));
                }
            });
        }
        return writer.Encode();
    }

    /// <summary>
    /// Reads the portal's binding attribute back (the signer checks it against the link it opened before the card
    /// signs). False when the bytes are not a DER SET OF attributes holding exactly one well-formed binding.
    /// </summary>
    public static bool TryReadBinding(ReadOnlyMemory<byte> signedAttributes, [NotNullWhen(true)] out SigningBinding? binding)
    {
        binding = null;
        try
        {
            var reader = new AsnReader(signedAttributes, AsnEncodingRules.DER);
            var set = reader.ReadSetOf();
            if (reader.HasData)
            {
                return false;
            }
            while (set.HasData)
            {
                var attribute = set.ReadSequence();
                var oid = attribute.ReadObjectIdentifier();
                var values = attribute.ReadSetOf();
                if (oid != CardRequestBindingOid)
                {
                    continue;
                }
                if (binding is not null)
                {
                    return false;
                }
                var value = values.ReadSequence();
                if (value.ReadInteger() != 1)
                {
                    return false;
                }
                var requestId = value.ReadCharacterString(UniversalTagNumber.UTF8String);
                var audience = value.ReadCharacterString(UniversalTagNumber.UTF8String);
                value.ReadOctetString();
                if (value.HasData || values.HasData)
                {
                    return false;
                }
                binding = new SigningBinding(requestId, audience);
            }
            return binding is not null;
        }
        catch (AsnContentException)
        {
            binding = null;
            return false;
        }
    }

    /// <summary>Attribute ::= SEQUENCE { attrType OBJECT IDENTIFIER, attrValues SET OF AttributeValue } with one value.</summary>
    private static void Attribute(AsnWriter writer, string oid, Action<AsnWriter> writeValue)
    {
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(oid);
            using (writer.PushSetOf())
            {
                writeValue(writer);
            }
        }
    }
}
