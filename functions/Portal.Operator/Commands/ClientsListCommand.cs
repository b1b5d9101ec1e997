using Portal.Operator.Cli;

namespace Portal.Operator.Commands;

/// <summary><c>clients list</c>: one tab-separated line per client (id, kind, name, scopes, keys valid now).</summary>
internal static class ClientsListCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        Options.Parse(args, [], [], []);
        var clients = await context.Store.ClientsAsync(context.CancellationToken);
        var now = context.Clock.GetUtcNow();
        context.Output.WriteLine("id\tkind\tname\tscopes\tkeys");
        string? continuation = null;
        do
        {
            var page = await clients.ListAsync(100, continuation, context.CancellationToken);
            foreach (var client in page.Items)
            {
                var keys = client.UsesPrivateKeyJwt ? client.KeysValidAt(now).Count().ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
                context.Output.WriteLine($"{client.Id}\t{client.Kind}\t{client.Name}\t{string.Join(' ', client.AllowedScopes)}\t{keys}");
            }
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return ExitCodes.Ok;
    }
}
