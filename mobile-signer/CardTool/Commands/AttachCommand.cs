using CardTool.Cli;
using MynaCard.Vpcd;

namespace CardTool.Commands;

/// <summary>
/// <c>cardtool attach</c>: puts a software card into pcscd's virtual reader (vsmartcard vpcd), so that any PC/SC
/// program — the signer, pcsc_scan, OpenSC — sees it as a card on "Virtual PCD 00 00". Runs until Ctrl-C.
/// </summary>
internal static class AttachCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output) => RunAsync(args, output).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        var options = Options.Parse(args, ["card", "port"], []);
        var port = options.OptionalInteger("port", 1, 65535) ?? VpcdBridgeOptions.DefaultPort;
        await using var card = MynaCard.SoftwareCard.SoftwareCard.Open(options.Required("card"));
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        var bridge = new VpcdBridge(card, new VpcdBridgeOptions { Port = port, Log = output.WriteLine });
        output.WriteLine($"Serving {Path.GetFileName(card.CardFilePath)} to pcscd's virtual reader on port {port}; Ctrl-C removes it.");
        await bridge.RunAsync(stop.Token);
        return ExitCodes.Ok;
    }
}
