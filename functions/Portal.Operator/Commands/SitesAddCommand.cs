using Portal.Domain.ExternalSites.Sites;
using Portal.Domain.Identity.Clients;
using Portal.Operator.Cli;
using Portal.Operator.Clients;

namespace Portal.Operator.Commands;

/// <summary>
/// <c>sites add</c>: an external site (外部サイト連携) as a client of kind <c>site</c> — the authorization-code flow
/// only, private_key_jwt with its first key, its exact redirect URIs, the sector its pairwise subjects belong to
/// (<c>--sector-uri</c>'s host, else the one host of its redirect URIs) and the scopes it may ask residents for.
/// </summary>
internal static class SitesAddCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var options = Options.Parse(args, ["id", "name", "sector-uri", "public-key", "generate-key"], ["redirect-uri", "scope"], ["if-absent"]);
        var id = Identifiers.ClientId(options.Required("id"));
        var name = Identifiers.Name(options.Required("name"));
        var redirectUris = options.RequiredMany("redirect-uri").Distinct(StringComparer.Ordinal).ToList();
        foreach (var uri in redirectUris.Where(u => !RedirectUris.IsAcceptable(u)))
        {
            throw new UsageException($"--redirect-uri {uri} は使えません（https の絶対 URI。http は localhost などループバックのみ。# と user@ は不可）。");
        }
        var sector = SectorIdentifiers.Of(options.Optional("sector-uri"), redirectUris)
            ?? throw new UsageException(options.Optional("sector-uri") is null
                ? "--redirect-uri のホストが複数あります。仮名の識別子（sub）をどのホストに対して作るか --sector-uri で指定してください。"
                : "--sector-uri は https の絶対 URI で指定してください。");
        var scopes = ScopeRules.ForSite(options.RequiredMany("scope"));
        var keySource = KeySource.From(options);
        var ifAbsent = options.Flag("if-absent");

        // A site already registered keeps the key it has.
        var key = await KeyedClients.RegisterAsync(context, id, keySource, ifAbsent, (first, now) => new RegisteredClient
        {
            Id = id,
            Name = name,
            Kind = ClientKinds.Site,
            // No refresh tokens: FAPI 2.0 discourages rotating them, and a site signs the resident in again instead.
            AllowedGrantTypes = [GrantNames.AuthorizationCode],
            AllowedScopes = scopes,
            RedirectUris = redirectUris,
            SectorIdentifier = sector,
            Keys = [first],
            CreatedAt = now,
        });
        if (key is null)
        {
            return ExitCodes.Ok;
        }
        context.Output.WriteLine($"外部サイト {id}（{name}）を登録しました。");
        context.Output.WriteLine($"  リダイレクト URI: {string.Join(" ", redirectUris)}");
        context.Output.WriteLine($"  セクター（sub の単位）: {sector}");
        context.Output.WriteLine($"  スコープ: {string.Join(" ", scopes)}");
        context.Output.WriteLine($"  鍵 ID (kid): {key.KeyId}");
        keySource.Describe(context.Output);
        return ExitCodes.Ok;
    }
}
