namespace Portal.Domain.Residents.References;

/// <summary>
/// The key residentRefs are derived with (section <c>ResidentRefs</c>): <c>Key</c>, 32 random bytes in base64 (in
/// Azure a Key Vault reference to the secret <c>portal-resident-ref-key</c>), or <c>KeyFile</c>, a file holding the
/// same (the local run's <c>.local/resident-ref-key</c>). Changing it changes every ref an agency holds: it is never
/// rotated casually, and the index keeps the refs already given out resolvable.
/// </summary>
public sealed class ResidentRefOptions
{
    public const string Section = "ResidentRefs";

    public string? Key { get; set; }

    public string? KeyFile { get; set; }
}
