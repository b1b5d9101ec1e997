using System.Diagnostics;
using System.Text;

namespace Portal.Testing;

/// <summary>
/// A Node.js program of infra/local run for a test, stopped by PID when disposed. Fails loudly, with the program's
/// own output, when it cannot start — a test never silently runs without the server it needs.
/// </summary>
public sealed class NodeService : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private NodeService(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <c>node infra/local/&lt;script&gt;</c> and waits for a stdout line starting with <paramref name="readyPrefix"/>.</summary>
    public static async Task<(NodeService Service, string ReadyLine)> StartAsync(
        string script, IEnumerable<string> arguments, string readyPrefix, TimeSpan timeout)
    {
        var scriptPath = System.IO.Path.Combine(RepositoryRoot.Path, "infra", "local", script);
        if (!Directory.Exists(System.IO.Path.Combine(RepositoryRoot.Path, "infra", "local", "node_modules")))
        {
            throw new InvalidOperationException("infra/local/node_modules is missing: run `npm ci` in infra/local (the test command does).");
        }
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // The program ends with this test process even when the process is killed and cannot dispose it.
        info.ArgumentList.Add("--import");
        info.ArgumentList.Add(new Uri(System.IO.Path.Combine(RepositoryRoot.Path, "infra", "local", "exit-with-parent.mjs")).AbsoluteUri);
        info.ArgumentList.Add(scriptPath);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("node is not installed or not on PATH; the local stack needs Node.js 20.", e);
        }
        var service = new NodeService(process);
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (service._output) service._output.AppendLine(e.Data);
            if (e.Data.StartsWith(readyPrefix, StringComparison.Ordinal)) ready.TrySetResult(e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (service._output) service._output.AppendLine(e.Data);
        };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException(
            $"{script} exited with {process.ExitCode} before it was ready:\n{service.Output}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return (service, await ready.Task.WaitAsync(timeout));
        }
        catch (TimeoutException)
        {
            service.Dispose();
            throw new TimeoutException($"{script} was not ready within {timeout}:\n{service.Output}");
        }
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Ends the process at once, as a crash would (SIGKILL).</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
