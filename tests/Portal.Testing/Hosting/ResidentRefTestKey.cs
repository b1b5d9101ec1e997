namespace Portal.Testing.Hosting;

/// <summary>The residentRef key of every test host (test only: 32 fixed bytes; a real key is random and in Key Vault).</summary>
public static class ResidentRefTestKey
{
    public const string Setting = "ResidentRefs:Key";

    public const string Value = "dGVzdC1vbmx5LXJlc2lkZW50LXJlZi1rZXktMzJieXQ=";
}
