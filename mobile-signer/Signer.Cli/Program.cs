using Signer.Cli;
using Signer.Cli.Console;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
return await SignerApp.RunAsync(args, SignerConsole.System(), http, SignerSettings.FromEnvironment(), cancel.Token);
