using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using CardTool.Certificates;
using CardTool.Cli;
using MynaCard.SoftwareCard.CardFiles;

namespace CardTool.Ca;

/// <summary>
/// A CA folder: <c>auth-ca.crt/.key/.crl</c>, <c>sign-ca.crt/.key/.crl</c> (PEM certificates, PKCS#8 PEM keys,
/// DER CRLs) and <c>ca.json</c>. Keys and ca.json are owner-only; certificates and CRLs are for anyone.
/// </summary>
public sealed class CaDirectory : IDisposable
{
    public const string StateFile = "ca.json";

    private CaDirectory(string path, CaState state, Authority authentication, Authority signing)
    {
        Path = path;
        State = state;
        Authentication = authentication;
        Signing = signing;
    }

    public string Path { get; }

    public CaState State { get; }

    public Authority Authentication { get; }

    public Authority Signing { get; }

    public IEnumerable<Authority> Authorities => [Authentication, Signing];

    /// <summary>Makes both roots in an empty or new folder; refuses a folder that already holds a CA.</summary>
    public static CaDirectory Create(string path, string crlBaseUrl, TimeSpan validity, DateTimeOffset now)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (File.Exists(System.IO.Path.Combine(full, StateFile)))
        {
            throw new CardToolException($"{full} already holds a CA ({StateFile}); use another folder or delete it first.");
        }
        Directory.CreateDirectory(full);
        var state = new CaState
        {
            Authentication = NewState(crlBaseUrl, "auth-ca.crl", JpkiProfile.AuthenticationPolicyOid),
            Signing = NewState(crlBaseUrl, "sign-ca.crl", JpkiProfile.SigningPolicyOid),
        };
        var notBefore = now.AddHours(-1);
        var (authentication, authenticationKey) = NewRoot("auth", JpkiProfile.AuthenticationCaName, state.Authentication, notBefore, now + validity);
        var (signing, signingKey) = NewRoot("sign", JpkiProfile.SigningCaName, state.Signing, notBefore, now + validity);
        var directory = new CaDirectory(full, state, authentication, signing);
        foreach (var (authority, keyPem) in new[] { (authentication, authenticationKey), (signing, signingKey) })
        {
            AtomicFile.WriteAllText(directory.FileOf(authority.CertificateFile), authority.Certificate.ExportCertificatePem(), ownerOnly: false);
            AtomicFile.WriteAllText(directory.FileOf(authority.KeyFile), keyPem);
        }
        return directory;
    }

    /// <summary>Loads a CA folder made by <see cref="Create"/>; anything missing or broken is a <see cref="CardToolException"/>.</summary>
    public static CaDirectory Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var stateFile = System.IO.Path.Combine(full, StateFile);
        if (!File.Exists(stateFile))
        {
            throw new CardToolException($"{full} is not a CA folder: no {StateFile} (make one with \"cardtool ca init --dir {path}\").");
        }
        CaState state;
        try
        {
            state = JsonSerializer.Deserialize<CaState>(File.ReadAllText(stateFile), CaState.Json)
                ?? throw new CardToolException($"{stateFile} is empty.");
        }
        catch (JsonException e)
        {
            throw new CardToolException($"{stateFile} is not a CA state file: {e.Message}", e);
        }
        if (state.Format != CaState.FormatName || state.Authentication is not { IsComplete: true } || state.Signing is not { IsComplete: true })
        {
            throw new CardToolException($"{stateFile} is not a complete \"{CaState.FormatName}\" state file.");
        }
        return new CaDirectory(full, state, Load(full, "auth", state.Authentication), Load(full, "sign", state.Signing));
    }

    /// <summary>Writes both CRLs anew (numbers incremented), then ca.json.</summary>
    public void WriteCrls(DateTimeOffset now, int nextUpdateHours)
    {
        var thisUpdate = TruncateToSeconds(now);
        foreach (var authority in Authorities)
        {
            AtomicFile.WriteAllBytes(FileOf(authority.CrlFile), authority.BuildCrl(thisUpdate, TimeSpan.FromHours(nextUpdateHours)), ownerOnly: false);
        }
        SaveState();
    }

    /// <summary>The URL of <paramref name="crlFile"/> under <paramref name="baseUrl"/> (with or without its final slash).</summary>
    public static string CrlUrl(string baseUrl, string crlFile) =>
        baseUrl.EndsWith('/') ? baseUrl + crlFile : $"{baseUrl}/{crlFile}";

    public void SaveState() => AtomicFile.WriteAllText(FileOf(StateFile), JsonSerializer.Serialize(State, CaState.Json));

    public string FileOf(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        Authentication.Dispose();
        Signing.Dispose();
    }

    /// <summary>Certificates and CRLs carry whole seconds; cutting here keeps nextUpdate − thisUpdate exact.</summary>
    public static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, time.Offset);

    private static AuthorityState NewState(string crlBaseUrl, string crlFile, string policyOid)
    {
        var prefix = RandomNumberGenerator.GetBytes(4);
        prefix[0] = (byte)(0x10 | prefix[0] & 0x6F);
        return new AuthorityState
        {
            CrlUrl = CrlUrl(crlBaseUrl, crlFile),
            PolicyOid = policyOid,
            SerialPrefix = Convert.ToHexString(prefix),
        };
    }

    /// <summary>A self-signed root (CA, keyCertSign + cRLSign) and its key as PKCS#8 PEM.</summary>
    private static (Authority Authority, string KeyPem) NewRoot(string kind, X500DistinguishedName name, AuthorityState state, DateTimeOffset notBefore,
        DateTimeOffset notAfter)
    {
        var key = RSA.Create(2048);
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        using var selfSigned = request.CreateSelfSigned(TruncateToSeconds(notBefore), TruncateToSeconds(notAfter));
        return (new Authority(kind, X509CertificateLoader.LoadCertificate(selfSigned.RawData), key, state),
            key.ExportPkcs8PrivateKeyPem());
    }

    private static Authority Load(string directory, string kind, AuthorityState state)
    {
        var certificateFile = System.IO.Path.Combine(directory, $"{kind}-ca.crt");
        var keyFile = System.IO.Path.Combine(directory, $"{kind}-ca.key");
        try
        {
            var certificate = X509Certificate2.CreateFromPem(File.ReadAllText(certificateFile));
            var key = RSA.Create();
            key.ImportFromPem(File.ReadAllText(keyFile));
            using var publicKey = certificate.GetRSAPublicKey();
            if (publicKey is null || !publicKey.ExportParameters(false).Modulus.AsSpan().SequenceEqual(key.ExportParameters(false).Modulus))
            {
                throw new CardToolException($"{keyFile} is not the key of {certificateFile}.");
            }
            return new Authority(kind, certificate, key, state);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            throw new CardToolException($"Cannot load the {kind} CA from {directory}: {e.Message}", e);
        }
    }
}
