using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CardTool.Ca;

/// <summary>One loaded CA (certificate and key) with its state: issues end-entity certificates and signs its CRL.</summary>
public sealed class Authority(string kind, X509Certificate2 certificate, RSA key, AuthorityState state) : IDisposable
{
    /// <summary>"auth" or "sign": also the stem of its files (auth-ca.crt, auth-ca.key, auth-ca.crl).</summary>
    public string Kind { get; } = kind;

    public X509Certificate2 Certificate { get; } = certificate;

    public AuthorityState State { get; } = state;

    public string CertificateFile => $"{Kind}-ca.crt";

    public string KeyFile => $"{Kind}-ca.key";

    public string CrlFile => $"{Kind}-ca.crl";

    /// <summary>The next serial: the CA's random prefix, then the counter (8 bytes, first bit clear so it stays positive).</summary>
    public byte[] TakeSerial()
    {
        var serial = Convert.FromHexString($"{State.SerialPrefix}{State.NextSerial:X8}");
        State.NextSerial++;
        return serial;
    }

    /// <summary>Signs <paramref name="request"/> as this CA; the validity is cut to end no later than the CA's own.</summary>
    public X509Certificate2 Issue(CertificateRequest request, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var caEnd = new DateTimeOffset(Certificate.NotAfter.ToUniversalTime());
        var end = notAfter < caEnd ? notAfter : caEnd;
        var generator = X509SignatureGenerator.CreateForRSA(key, RSASignaturePadding.Pkcs1);
        return request.Create(Certificate.SubjectName, generator, notBefore, end, TakeSerial());
    }

    /// <summary>The next CRL (number incremented) listing every revoked serial, thisUpdate <paramref name="now"/>.</summary>
    public byte[] BuildCrl(DateTimeOffset now, TimeSpan validity)
    {
        var builder = new CertificateRevocationListBuilder();
        foreach (var revoked in State.Revoked)
        {
            builder.AddEntry(Convert.FromHexString(revoked.Serial), revoked.RevokedAt);
        }
        State.CrlNumber++;
        using var withKey = Certificate.CopyWithPrivateKey(key);
        return builder.Build(withKey, new BigInteger(State.CrlNumber), now + validity, HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1, now);
    }

    public void Dispose()
    {
        Certificate.Dispose();
        key.Dispose();
    }
}
