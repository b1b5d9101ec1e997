using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CardTool.Ca;

/// <summary>ca.json: what the two CAs remember between runs (serials, CRL numbers, revocations, where CRLs are served).</summary>
public sealed class CaState
{
    public const string FormatName = "myna-test-ca";

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public string Format { get; set; } = FormatName;

    public int Version { get; set; } = 1;

    public string Comment { get; set; } = "TEST PKI made by cardtool: not J-LIS, never trust it outside development and tests.";

    /// <summary>The nextUpdate of CRLs written by revoke (and crl without --next-update-hours), in hours after thisUpdate.</summary>
    public int CrlNextUpdateHours { get; set; } = 24;

    public AuthorityState Authentication { get; set; } = new();

    public AuthorityState Signing { get; set; } = new();
}

/// <summary>One CA's counters and revocations.</summary>
public sealed class AuthorityState
{
    /// <summary>The URL put in each issued certificate's CRL distribution point.</summary>
    public string CrlUrl { get; set; } = "";

    /// <summary>The certificate policy OID put in each issued certificate (critical certificatePolicies, as JPKI does).</summary>
    public string PolicyOid { get; set; } = "";

    /// <summary>4 random bytes (hex) chosen at init, so that serials of a re-initialised CA do not repeat old ones.</summary>
    public string SerialPrefix { get; set; } = "";

    /// <summary>The counter in the last 4 bytes of the next serial.</summary>
    public uint NextSerial { get; set; } = 1;

    /// <summary>The number of the CRL last written.</summary>
    public long CrlNumber { get; set; }

    public List<RevokedCertificate> Revoked { get; set; } = [];

    [JsonIgnore]
    public bool IsComplete => CrlUrl.Length > 0 && PolicyOid.Length > 0 && SerialPrefix.Length == 8;
}

public sealed class RevokedCertificate
{
    /// <summary>The certificate's serial number, hex, big-endian (as X509Certificate2.SerialNumber prints it).</summary>
    public string Serial { get; set; } = "";

    public DateTimeOffset RevokedAt { get; set; }
}
