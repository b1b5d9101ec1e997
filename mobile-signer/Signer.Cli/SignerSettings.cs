namespace Signer.Cli;

/// <summary>
/// What the signer is configured to trust. Only a portal whose origin is listed here is ever answered: a look-alike
/// site that relays a real portal's request is refused before anything is shown or signed.
/// </summary>
/// <param name="TrustedOrigins">Bare origins (<c>https://portal.example</c>, <c>http://127.0.0.1:7071</c>).</param>
public sealed record SignerSettings(IReadOnlyList<string> TrustedOrigins)
{
    /// <summary>The environment variable the CLI reads: origins separated by commas or spaces.</summary>
    public const string TrustedOriginsVariable = "MYNA_SIGNER_TRUSTED_PORTALS";

    public static SignerSettings FromEnvironment() =>
        new((Environment.GetEnvironmentVariable(TrustedOriginsVariable) ?? "")
            .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(origin => origin.TrimEnd('/').ToLowerInvariant())
            .ToList());

    public bool Trusts(string origin) => TrustedOrigins.Contains(origin, StringComparer.Ordinal);
}
