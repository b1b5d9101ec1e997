using Portal.Domain.Errors;
using Portal.Domain.Identity.Clients;
using Portal.Operator.Cli;
using Portal.Operator.Clients;

namespace Portal.Operator.Commands;

/// <summary><c>clients add</c>: a public client (no secret), e.g. the chatbot on the device authorization grant.</summary>
internal static class ClientsAddCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var options = Options.Parse(args, ["id", "name"], ["grant", "scope"], ["if-absent"]);
        var id = Identifiers.ClientId(options.Required("id"));
        var name = Identifiers.Name(options.Required("name"));
        var grants = options.RequiredMany("grant").Select(GrantNames.ForPublicClient).Distinct(StringComparer.Ordinal).ToList();
        var scopes = ScopeRules.ForPublicClient(options.RequiredMany("scope"));
        var ifAbsent = options.Flag("if-absent");

        var clients = await context.Store.ClientsAsync(context.CancellationToken);
        if (ifAbsent && await clients.FindAsync(id, context.CancellationToken) is not null)
        {
            return AlreadyThere(context, id);
        }
        var client = new RegisteredClient
        {
            Id = id,
            Name = name,
            Kind = ClientKinds.Public,
            AllowedGrantTypes = grants,
            AllowedScopes = scopes,
            CreatedAt = context.Clock.GetUtcNow(),
        };
        try
        {
            await clients.CreateAsync(client, context.CancellationToken);
        }
        catch (DuplicateDocumentException) when (ifAbsent)
        {
            return AlreadyThere(context, id);
        }
        catch (DuplicateDocumentException e)
        {
            throw Exists(id, e);
        }
        context.Output.WriteLine($"公開クライアント {id}（{name}）を登録しました。");
        context.Output.WriteLine($"  グラント: {string.Join(", ", grants)}");
        context.Output.WriteLine($"  スコープ: {string.Join(" ", scopes)}");
        return ExitCodes.Ok;
    }

    public static int AlreadyThere(CommandContext context, string id)
    {
        context.Output.WriteLine($"クライアント {id} は登録済みです（変更なし）。");
        return ExitCodes.Ok;
    }

    public static OperatorException Exists(string id, Exception inner) =>
        new($"クライアント {id} は既に登録されています（登録済みなら何もしないときは --if-absent）。", ExitCodes.Conflict, inner);
}
