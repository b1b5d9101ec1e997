using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using MynaCard.Jpki;
using MynaCard.Pins;
using MynaCard.Transport;
using Signer.Cli.Cards;
using Signer.Cli.Console;

namespace Signer.Cli.Commands;

/// <summary>
/// <c>bench</c>: APDUs, bytes and time per login and per signature on the chosen card (software card in process, or a
/// PC/SC reader — the virtual one through pcscd included). Uses test PINs given on the command line, so only for test cards.
/// </summary>
public sealed class BenchCommand(SignerConsole console)
{
    /// <param name="Application">An application's signature: both keys in one session (the authentication key
    /// answers its challenge, its certificate read; then <paramref name="Key"/> signs).</param>
    private sealed record Operation(string Name, JpkiKey Key, bool ReadsCertificate, bool Application = false);

    private static readonly Operation[] Operations =
    [
        new("login, certificate known", JpkiKey.Authentication, false),
        new("login, certificate read", JpkiKey.Authentication, true),
        new("signature, certificate read", JpkiKey.Signing, true),
        new("application (both keys)", JpkiKey.Signing, true, Application: true),
    ];

    public async Task<int> RunAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        var iterations = int.Parse(arguments.Option("iterations") ?? "20", CultureInfo.InvariantCulture);
        var pins = new Dictionary<JpkiKey, string>
        {
            [JpkiKey.Authentication] = PinRules.Normalize(PinKind.JpkiAuthentication,
                arguments.Option("auth-pin") ?? throw new UsageException("bench needs --auth-pin.")),
            [JpkiKey.Signing] = PinRules.Normalize(PinKind.JpkiSigning,
                arguments.Option("sign-pin") ?? throw new UsageException("bench needs --sign-pin.")),
        };
        await using var card = await CardSession.OpenAsync(arguments, cancellationToken);
        console.Out.WriteLine($"card: {card.Description}, extended length: {card.Channel.SupportsExtendedLength}, iterations: {iterations}");
        console.Out.WriteLine($"{"operation",-28} {"APDUs",6} {"sent B",8} {"recv B",8} {"mean ms",9} {"p50 ms",8} {"p95 ms",8}");
        foreach (var operation in Operations)
        {
            await RunOnceAsync(card.Channel, operation, pins, cancellationToken); // warm-up
            var times = new List<double>();
            ExchangeCounters perOperation = ExchangeCounters.Zero;
            for (var i = 0; i < iterations; i++)
            {
                var before = card.Channel.Counters;
                var clock = Stopwatch.StartNew();
                await RunOnceAsync(card.Channel, operation, pins, cancellationToken);
                times.Add(clock.Elapsed.TotalMilliseconds);
                perOperation = card.Channel.Counters - before;
            }
            times.Sort();
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{operation.Name,-28} {perOperation.Apdus,6} {perOperation.BytesSent,8} {perOperation.BytesReceived,8} " +
                $"{times.Average(),9:F2} {Percentile(times, 0.5),8:F2} {Percentile(times, 0.95),8:F2}"));
        }
        return ExitCodes.Ok;
    }

    private static Task RunOnceAsync(CardChannel channel, Operation operation, Dictionary<JpkiKey, string> pins, CancellationToken cancellationToken) =>
        operation.Application
            ? CardSigning.SignApplicationAsync(new JpkiApplet(channel), pins[JpkiKey.Authentication], RandomHash(),
                pins[JpkiKey.Signing], RandomHash(), operation.ReadsCertificate, cancellationToken)
            : CardSigning.SignAsync(new JpkiApplet(channel), operation.Key, pins[operation.Key], RandomHash(), operation.ReadsCertificate, cancellationToken);

    private static byte[] RandomHash() => SHA256.HashData(RandomNumberGenerator.GetBytes(64));

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
}
