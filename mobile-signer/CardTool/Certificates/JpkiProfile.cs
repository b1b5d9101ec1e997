using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CardTool.Issuing;

namespace CardTool.Certificates;

/// <summary>
/// The shape of JPKI certificates, copied from what real cards carry and marked TEST wherever a name is shown:
/// roots under <c>O=JPKI-TEST</c> (the name J-LIS's own test hierarchy uses), end-entity subjects that are opaque
/// identifiers, the basic 4 items only in the signing certificate's subjectAltName.
/// </summary>
public static class JpkiProfile
{
    /// <summary>JPKI's arc for the basic 4 items in subjectAltName otherName entries (UTF8String values).</summary>
    public const string PersonalDataArc = "1.2.392.200149.8.5.5";
    public const string NameOid = PersonalDataArc + ".1";
    public const string NameSubstituteOid = PersonalDataArc + ".2";
    public const string SexOid = PersonalDataArc + ".3";
    public const string DateOfBirthOid = PersonalDataArc + ".4";
    public const string AddressOid = PersonalDataArc + ".5";
    public const string AddressSubstituteOid = PersonalDataArc + ".6";

    /// <summary>The production JPKI certificate policies (利用者証明用 class 30, 署名用 class 20); kept per CA in ca.json.</summary>
    public const string AuthenticationPolicyOid = "1.2.392.200149.8.5.1.3.30";
    public const string SigningPolicyOid = "1.2.392.200149.8.5.1.1.20";

    public static X500DistinguishedName AuthenticationCaName { get; } = CaName("JPKI for user authentication");

    public static X500DistinguishedName SigningCaName { get; } = CaName("JPKI for digital signature");

    /// <summary>利用者証明用: <c>C=JP, CN=&lt;opaque id&gt;</c>. No personal data at all.</summary>
    public static X500DistinguishedName AuthenticationSubject(string opaqueId)
    {
        // X500DistinguishedNameBuilder encodes the last added RDN first: added from CN up, the DER reads C, …, CN.
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName(opaqueId);
        name.AddCountryOrRegion("JP");
        return name.Build();
    }

    /// <summary>署名用: <c>C=JP, L=&lt;prefecture&gt;, L=&lt;municipality&gt;, CN=&lt;opaque id&gt;</c> (the issuing municipality, in romaji).</summary>
    public static X500DistinguishedName SigningSubject(string prefecture, string city, string opaqueId)
    {
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName(opaqueId);
        name.AddLocalityName(city);
        name.AddLocalityName(prefecture);
        name.AddCountryOrRegion("JP");
        return name.Build();
    }

    /// <summary>23 characters of 0-9 A-Z, like the real 利用者証明用 subject's CN: says nothing about the holder.</summary>
    public static string NewOpaqueId() => RandomNumberGenerator.GetString("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 23);

    /// <summary>subjectAltName of the signing certificate, the entries in the order real certificates have them.</summary>
    public static X509Extension BasicFourItemsAltName(ResidentInput resident)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            OtherName(writer, NameOid, resident.Name);
            OtherName(writer, DateOfBirthOid, JapaneseEra.CertificateDate(resident.BirthDate));
            OtherName(writer, SexOid, resident.CertificateSex);
            OtherName(writer, AddressOid, resident.Address);
            // Where the name and address use substitute characters (代替文字): one digit per character, 0 = none here.
            OtherName(writer, NameSubstituteOid, new string('0', resident.Name.EnumerateRunes().Count()));
            OtherName(writer, AddressSubstituteOid, new string('0', resident.Address.EnumerateRunes().Count()));
        }
        return new X509Extension(new Oid("2.5.29.17"), writer.Encode(), critical: false);
    }

    /// <summary>certificatePolicies with one policy, critical as in JPKI certificates.</summary>
    public static X509Extension CertificatePolicies(string policyOid)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(policyOid);
        }
        return new X509Extension(new Oid("2.5.29.32"), writer.Encode(), critical: true);
    }

    /// <summary>issuerAltName as JPKI has it: a directoryName <c>C=JP, O=公的個人認証サービス</c> (here marked 試験用).</summary>
    public static X509Extension IssuerAltName()
    {
        var name = new X500DistinguishedNameBuilder();
        name.AddOrganizationName("公的個人認証サービス（試験用）");
        name.AddCountryOrRegion("JP");
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true)))
        {
            writer.WriteEncodedValue(name.Build().RawData);
        }
        return new X509Extension(new Oid("2.5.29.18"), writer.Encode(), critical: false);
    }

    private static X500DistinguishedName CaName(string purpose)
    {
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName($"TEST {purpose}");
        name.AddOrganizationalUnitName("TEST Japan Agency for Local Authority Information Systems");
        name.AddOrganizationalUnitName(purpose);
        name.AddOrganizationName("JPKI-TEST");
        name.AddCountryOrRegion("JP");
        return name.Build();
    }

    /// <summary>GeneralName otherName: <c>[0] { type-id OID, [0] EXPLICIT UTF8String }</c>.</summary>
    private static void OtherName(AsnWriter writer, string oid, string value)
    {
        using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
        {
            writer.WriteObjectIdentifier(oid);
            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
            {
                writer.WriteCharacterString(UniversalTagNumber.UTF8String, value);
            }
        }
    }
}
