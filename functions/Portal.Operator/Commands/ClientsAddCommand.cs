using Portal.Domain.Errors;
using Portal.Domain.Identity.Clients;
using Portal.Operator.Cli;
using Portal.Operator.Clients;

namespace Portal.Operator.Commands;

/// <summary>
/// <c>clients add</c>: a resident-facing client on the device authorization grant. With <c>--public-key</c> or
/// <c>--generate-key</c> a confidential client (private_key_jwt; the chatbot, which runs on a server), else a public
/// one (its id alone).
/// </summary>
internal static class ClientsAddCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var options = Options.Parse(args, ["id", "name", "public-key", "generate-key"], ["grant", "scope"], ["if-absent"]);
        var id = Identifiers.ClientId(options.Required("id"));
        var name = Identifiers.Name(options.Required("name"));
        var grants = options.RequiredMany("grant").Select(GrantNames.ForPublicClient).Distinct(StringComparer.Ordinal).ToList();
        var scopes = ScopeRules.ForPublicClient(options.RequiredMany("scope"));
        var ifAbsent = options.Flag("if-absent");
        var keySource = options.Optional("public-key") is not null || options.Optional("generate-key") is not null ? KeySource.From(options) : null;

        var clients = await context.Store.ClientsAsync(context.CancellationToken);
        if (ifAbsent && await clients.FindAsync(id, context.CancellationToken) is not null)
        {
            return AlreadyThere(context, id);
        }
        var now = context.Clock.GetUtcNow();
        var key = keySource?.Obtain();
        var client = new RegisteredClient
        {
            Id = id,
            Name = name,
            Kind = key is null ? ClientKinds.Public : ClientKinds.Confidential,
            AllowedGrantTypes = grants,
            AllowedScopes = scopes,
            Keys = key is null ? [] : [new ClientKey(key.KeyId, key.Jwk, now, null)],
            CreatedAt = now,
        };
        try
        {
            await clients.CreateAsync(client, context.CancellationToken);
        }
        catch (Exception e)
        {
            keySource?.Discard();
            if (e is DuplicateDocumentException)
            {
                return ifAbsent ? AlreadyThere(context, id) : throw Exists(id, e);
            }
            throw;
        }
        context.Output.WriteLine($"{(key is null ? "公開" : "機密")}クライアント {id}（{name}）を登録しました。");
        context.Output.WriteLine($"  グラント: {string.Join(", ", grants)}");
        context.Output.WriteLine($"  スコープ: {string.Join(" ", scopes)}");
        if (key is not null)
        {
            context.Output.WriteLine($"  鍵 ID (kid): {key.KeyId}");
            keySource!.Describe(context.Output);
        }
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
