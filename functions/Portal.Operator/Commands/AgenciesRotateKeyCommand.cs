using Portal.Domain.Errors;
using Portal.Domain.Identity.Clients;
using Portal.Operator.Cli;

namespace Portal.Operator.Commands;

/// <summary>
/// <c>agencies rotate-key</c> and <c>clients rotate-key</c>: adds the client's new key (an agency's or a confidential
/// client's) and retires every older one after <c>--overlap</c>, so that assertions signed with the old key keep
/// working while the client switches. Keys already retired are dropped.
/// The update is conditional on the ETag read, so two rotations at once cannot lose a key.
/// </summary>
internal static class AgenciesRotateKeyCommand
{
    public static readonly TimeSpan DefaultOverlap = TimeSpan.FromDays(1);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var options = Options.Parse(args, ["id", "public-key", "generate-key", "overlap"], [], []);
        var id = Identifiers.ClientId(options.Required("id"));
        var overlap = options.Optional("overlap") is { } text ? Durations.Parse(text, "overlap") : DefaultOverlap;
        var keySource = KeySource.From(options);

        var clients = await context.Store.ClientsAsync(context.CancellationToken);
        var stored = await clients.FindAsync(id, context.CancellationToken)
            ?? throw new OperatorException($"クライアント {id} は登録されていません。", ExitCodes.NotFound);
        var client = stored.Document;
        if (!client.UsesPrivateKeyJwt)
        {
            throw new OperatorException($"{id} は公開クライアントです（鍵を持つのは機関・機密クライアント・外部サイトだけです）。");
        }
        var now = context.Clock.GetUtcNow();
        var retireAt = now + overlap;
        var key = keySource.Obtain();
        if (client.Keys.Any(k => k.KeyId == key.KeyId))
        {
            keySource.Discard();
            throw new OperatorException($"この鍵（kid {key.KeyId}）は {id} に登録済みです。新しい鍵を指定してください。", ExitCodes.Conflict);
        }
        var kept = client.KeysValidAt(now)
            .Select(k => k with { NotAfter = k.NotAfter is { } earlier && earlier < retireAt ? earlier : retireAt })
            .ToList();
        var updated = client with
        {
            Keys = [.. kept, new ClientKey(key.KeyId, key.Jwk, now, null)],
            UpdatedAt = now,
        };
        try
        {
            await clients.ReplaceAsync(updated, stored.ETag, context.CancellationToken);
        }
        catch (Exception e)
        {
            keySource.Discard();
            if (e is ConcurrencyConflictException)
            {
                throw new OperatorException($"{id} は同時に他の操作で変更されました。何も変えていません。もう一度実行してください。", ExitCodes.Conflict, e);
            }
            throw;
        }
        context.Output.WriteLine($"{id} に新しい鍵を追加しました。鍵 ID (kid): {key.KeyId}");
        foreach (var old in kept)
        {
            context.Output.WriteLine($"  旧鍵 {old.KeyId} は {Timestamps.Show(old.NotAfter!.Value)} まで有効です。");
        }
        var dropped = client.Keys.Count - kept.Count;
        if (dropped > 0)
        {
            context.Output.WriteLine($"  有効期限を過ぎた鍵 {dropped} 件を削除しました。");
        }
        keySource.Describe(context.Output);
        return ExitCodes.Ok;
    }
}
