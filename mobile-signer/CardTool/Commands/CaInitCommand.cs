using CardTool.Ca;
using CardTool.Cli;

namespace CardTool.Commands;

/// <summary><c>cardtool ca init</c>: the two TEST roots, their keys, empty CRLs and ca.json.</summary>
internal static class CaInitCommand
{
    public const string DefaultCrlBaseUrl = "http://127.0.0.1/crl/";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TimeProvider clock)
    {
        var options = Options.Parse(args, ["dir", "crl-base-url", "valid-days", "next-update-hours"], []);
        var dir = options.Required("dir");
        var crlBaseUrl = HttpUrl.Require(options.Optional("crl-base-url") ?? DefaultCrlBaseUrl, "crl-base-url");
        var validDays = options.Integer("valid-days", 3650, 1, 36500);
        var nextUpdateHours = options.Integer("next-update-hours", 24, 1, CrlCommand.MaxNextUpdateHours);
        var now = clock.GetUtcNow();
        using var ca = CaDirectory.Create(dir, crlBaseUrl, TimeSpan.FromDays(validDays), now);
        ca.State.CrlNextUpdateHours = nextUpdateHours;
        ca.WriteCrls(now, nextUpdateHours);
        output.WriteLine($"Made the TEST CAs in {ca.Path}:");
        foreach (var authority in ca.Authorities)
        {
            output.WriteLine($"  {authority.Kind}: {authority.Certificate.Subject}");
            output.WriteLine($"        {authority.CertificateFile}, {authority.KeyFile} (keep private), {authority.CrlFile} -> {authority.State.CrlUrl}");
        }
        return ExitCodes.Ok;
    }
}
