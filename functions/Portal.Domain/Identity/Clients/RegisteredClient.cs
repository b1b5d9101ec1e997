using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Clients;

/// <summary>
/// An OAuth client in <c>clients</c> (partition: its id, the <c>client_id</c>). Public clients authenticate with their id
/// only; confidential clients (the chatbot, which runs on a server) and agencies (municipalities, ministries) with
/// <c>private_key_jwt</c> signed by one of their <see cref="Keys"/>; agencies' tokens are bound to <see cref="Agency"/>;
/// external sites (外部サイト連携) also to their <see cref="RedirectUris"/> and <see cref="SectorIdentifier"/>.
/// Written by the operator CLI.
/// </summary>
public sealed record RegisteredClient : IDocument
{
    public const string DocumentType = "client";

    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>What the signer shows as the asker, e.g. "マイナポータル チャットボット" or "千代田区".</summary>
    public required string Name { get; init; }

    /// <summary>One of <see cref="ClientKinds"/>.</summary>
    public required string Kind { get; init; }

    public required IReadOnlyList<string> AllowedGrantTypes { get; init; }

    /// <summary>The scopes it may ask for; also what it gets when it names none.</summary>
    public required IReadOnlyList<string> AllowedScopes { get; init; }

    /// <summary>An external site's redirect URIs for the authorization-code flow, matched exactly; empty for other kinds.</summary>
    public IReadOnlyList<string> RedirectUris { get; init; } = [];

    /// <summary>
    /// An external site's sector identifier (OIDC Core §8.1): the host its pairwise subjects are derived for; null for
    /// other kinds. Sites of one operator sharing a sector see the same subject for a resident.
    /// </summary>
    public string? SectorIdentifier { get; init; }

    /// <summary>The body an agency acts for; null for public clients.</summary>
    public AgencyBinding? Agency { get; init; }

    /// <summary>A clinic's 医療機関コード (10 digits); null for other kinds. Its tokens carry it and nothing else.</summary>
    public string? MedicalInstitutionCode { get; init; }

    /// <summary>A confidential client's or an agency's public keys for private_key_jwt; several during a rotation.</summary>
    public IReadOnlyList<ClientKey> Keys { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;

    public bool IsAgency => Kind == ClientKinds.Agency;

    /// <summary>Authenticates with private_key_jwt only: never by its id alone.</summary>
    public bool UsesPrivateKeyJwt => Kind is ClientKinds.Agency or ClientKinds.Confidential or ClientKinds.Site or ClientKinds.Clinic;

    public bool IsSite => Kind == ClientKinds.Site;

    public bool IsClinic => Kind == ClientKinds.Clinic;

    /// <summary>The keys that verify an assertion at <paramref name="now"/>: the new one and, until it retires, the old.</summary>
    public IEnumerable<ClientKey> KeysValidAt(DateTimeOffset now) => Keys.Where(k => k.NotAfter is null || now < k.NotAfter);
}

/// <summary>The kinds of client.</summary>
public static class ClientKinds
{
    /// <summary>No secret (token endpoint auth "none"): a client on the resident's own device, e.g. the portal's own pages.</summary>
    public const string Public = "public";

    /// <summary>
    /// Runs on a server and acts for residents (the chatbot; RFC 8628 §5.6 allows confidential clients in the device
    /// flow): private_key_jwt, resident scopes only, rate-limited per client and per end user rather than per address.
    /// </summary>
    public const string Confidential = "confidential";

    /// <summary>A municipality, prefecture or ministry: private_key_jwt, scoped to its own body.</summary>
    public const string Agency = "agency";

    /// <summary>
    /// An external site (外部サイト連携): the authorization-code flow under the FAPI 2.0 Security Profile (pushed
    /// requests, PKCE S256, private_key_jwt only), exact redirect URIs, pairwise subjects for its sector.
    /// </summary>
    public const string Site = "site";

    /// <summary>
    /// A medical institution (オンライン資格確認): client_credentials with private_key_jwt, bound to its 医療機関コード,
    /// scope <c>clinic.eligibility</c> only. It learns about a patient only from a check the patient's card completed.
    /// </summary>
    public const string Clinic = "clinic";
}

/// <summary>
/// The body an agency client acts for: a local government (6-digit 全国地方公共団体コード with check digit), a national
/// agency id (e.g. "mofa" for the passport office), or a health insurer's 保険者番号 (6 or 8 digits: 健康保険組合,
/// 協会けんぽ, 国民健康保険, 後期高齢者医療広域連合 — the bodies that hold 健康保険証 and 医療費 records). Exactly one is set.
/// </summary>
public sealed record AgencyBinding(string? LocalGovernmentCode, string? NationalAgencyId, string? InsurerNumber = null)
{
    /// <summary>Exactly one body is named, as every agency token must be.</summary>
    [JsonIgnore]
    public bool NamesOneBody =>
        new[] { LocalGovernmentCode, NationalAgencyId, InsurerNumber }.Count(b => !string.IsNullOrEmpty(b)) == 1;
}

/// <summary>One public key of a confidential, agency or site client, as a JWK (JSON text); <paramref name="NotAfter"/> is set when it is rotated out.</summary>
public sealed record ClientKey(string KeyId, string Jwk, DateTimeOffset AddedAt, DateTimeOffset? NotAfter);
