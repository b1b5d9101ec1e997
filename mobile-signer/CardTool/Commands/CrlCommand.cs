using CardTool.Ca;
using CardTool.Cli;

namespace CardTool.Commands;

/// <summary><c>cardtool crl</c>: both CRLs anew, thisUpdate now, nextUpdate as asked, numbers incremented.</summary>
internal static class CrlCommand
{
    public const int MaxNextUpdateHours = 24 * 366;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TimeProvider clock)
    {
        var options = Options.Parse(args, ["ca", "next-update-hours"], []);
        var caDir = options.Required("ca");
        var asked = options.OptionalInteger("next-update-hours", 1, MaxNextUpdateHours);
        using var ca = CaDirectory.Open(caDir);
        var hours = asked ?? ca.State.CrlNextUpdateHours;
        ca.State.CrlNextUpdateHours = hours;
        ca.WriteCrls(clock.GetUtcNow(), hours);
        foreach (var authority in ca.Authorities)
        {
            output.WriteLine($"Wrote {authority.CrlFile}: CRL {authority.State.CrlNumber}, {authority.State.Revoked.Count} revoked, next update in {hours} h.");
        }
        return ExitCodes.Ok;
    }
}
