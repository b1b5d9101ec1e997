namespace Portal.Testing.Hosting;

/// <summary>
/// The history key of every test host (test only: a fixed EC P-256 key; a real one is random and in Key Vault), as
/// the one line of a key history that started signing in 2026.
/// </summary>
public static class HistoryTestKey
{
    public const string Setting = "Histories:SigningKeys";

    public const string PrivateKey =
        "MHcCAQEEIIBQSQOZfsYD2NiIWy+63vHqVruilzL+GtMY+m485UHAoAoGCCqGSM49AwEHoUQDQgAEAJPG9FnhlHADjv4/no5LThGB7HwHPbiFnUe3Ht0YZcTC0iNgiSpFqCxZZetNvuhRMvIPE50MLjQkao+H7zHR8Q==";

    public const string Value = "2026-01-01T00:00:00Z " + PrivateKey;
}
