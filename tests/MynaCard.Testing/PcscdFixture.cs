using System.Diagnostics;
using MynaCard.Pcsc;
using MynaCard.Vpcd;
using Xunit;
using Xunit.Abstractions;

namespace MynaCard.Testing;

/// <summary>
/// Makes sure pcscd runs with the vpcd driver, through the very functions test.sh uses (scripts/lib/pcscd.sh):
/// installs the packages when missing (as root; otherwise fails with the install line), starts pcscd when none runs
/// and stops it again afterwards. A pcscd that was already running is used and left alone. Never skips.
/// </summary>
public sealed class PcscdFixture : IDisposable
{
    /// <summary>vpcd's first reader, the one <see cref="VpcdBridgeOptions.DefaultPort"/> serves.</summary>
    public const string Reader = "Virtual PCD 00 00";

    /// <summary>vpcd's second reader (<see cref="VpcdBridgeOptions.SecondReaderPort"/>), for a test project that runs
    /// beside one using the first, so the two never see each other's card.</summary>
    public const string SecondReader = "Virtual PCD 00 01";

    public static readonly TimeSpan InsertTimeout = TimeSpan.FromSeconds(10);

    private readonly string _script;
    private readonly string? _startedPid;

    public PcscdFixture()
    {
        _script = Path.Combine(FindRepositoryRoot(), "scripts", "lib", "pcscd.sh");
        LogFile = Path.Combine(Path.GetTempPath(), $"portal-pcscd-tests-{Environment.ProcessId}.log");
        var output = RunScript(
            """set -Eeuo pipefail; source "$1"; ensure_pcsc_packages >&2; start_pcscd "$2" >&2; echo "$PORTAL_PCSCD ${PORTAL_PCSCD_PID:-}" """,
            TimeSpan.FromMinutes(5), _script, LogFile);
        var fields = output.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        State = fields.ElementAtOrDefault(0) ?? "";
        if (State == "started")
        {
            _startedPid = fields[1];
        }
    }

    /// <summary>started (by this fixture), running (someone else's) or socket-activated (systemd's).</summary>
    public string State { get; }

    public string LogFile { get; }

    /// <summary>Puts <paramref name="card"/> into a vpcd reader and waits until pcscd reports it present.</summary>
    public async Task<InsertedCard> InsertAsync(IVirtualCard card, ITestOutputHelper? output = null, string reader = Reader)
    {
        var bridge = new VpcdBridge(card, new VpcdBridgeOptions
        {
            Port = reader == SecondReader ? VpcdBridgeOptions.SecondReaderPort : VpcdBridgeOptions.DefaultPort,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            Log = output is null ? null : message => Log(output, $"bridge: {message}"),
        });
        var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var running = bridge.RunAsync(stop.Token);
        using var context = PcscContext.Open();
        try
        {
            var found = await context.WaitForCardAsync(reader, InsertTimeout, CancellationToken.None);
            Assert.Equal(reader, found);
        }
        catch
        {
            await stop.CancelAsync();
            await running.WaitAsync(TimeSpan.FromSeconds(10));
            throw;
        }
        return new InsertedCard(bridge, running, stop, clock.Elapsed, reader);
    }

    /// <summary>ITestOutputHelper throws once its test is over; a late bridge log line must not fault the bridge.</summary>
    private static void Log(ITestOutputHelper output, string message)
    {
        try
        {
            output.WriteLine(message);
        }
        catch (InvalidOperationException)
        {
        }
    }

    public void Dispose()
    {
        if (_startedPid is not null)
        {
            RunScript("""source "$1"; stop_pcscd "$2" """, TimeSpan.FromSeconds(30), _script, _startedPid);
        }
    }

    private static string RunScript(string script, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-c", script, "pcscd.sh", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"scripts/lib/pcscd.sh did not finish within {timeout}: {stderr.Result}");
        }
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"pcscd with the vpcd driver is required by these tests and could not be set up (scripts/lib/pcscd.sh, exit " +
                $"{process.ExitCode}):\n{stderr.Result}{stdout.Result}");
        }
        return stdout.Result;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "scripts", "lib", "pcscd.sh")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"scripts/lib/pcscd.sh not found above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A card in the vpcd reader; <see cref="RemoveAsync"/> takes it out and waits until pcscd has noticed.</summary>
public sealed class InsertedCard(VpcdBridge bridge, Task running, CancellationTokenSource stop, TimeSpan insertedAfter, string reader)
    : IAsyncDisposable
{
    public VpcdBridge Bridge { get; } = bridge;

    /// <summary>From starting the bridge to pcscd reporting the card present.</summary>
    public TimeSpan InsertedAfter { get; } = insertedAfter;

    /// <summary>Stops the bridge only: pcscd has not noticed yet.</summary>
    public async Task PullAsync()
    {
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Stops the bridge and waits until pcscd reports the reader empty; returns how long pcscd took.</summary>
    public async Task<TimeSpan> RemoveAsync()
    {
        await PullAsync();
        var clock = Stopwatch.StartNew();
        using var context = PcscContext.Open();
        await context.WaitForCardRemovalAsync(reader, PcscdFixture.InsertTimeout, CancellationToken.None);
        return clock.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        // Always until pcscd has noticed, so that the next test starts with an empty reader.
        await RemoveAsync();
        stop.Dispose();
    }
}
