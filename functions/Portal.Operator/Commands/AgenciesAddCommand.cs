using Portal.Domain.Identity.Clients;
using Portal.Operator.Cli;
using Portal.Operator.Clients;
using Portal.Operator.Keys;

namespace Portal.Operator.Commands;

/// <summary>
/// <c>agencies add</c>: a municipality, prefecture or ministry as a client_credentials client authenticating with
/// private_key_jwt, bound to its body (<c>--lg</c>, <c>--national</c> or, for a health insurer, <c>--insurer</c>) and
/// holding its first public key.
/// </summary>
internal static class AgenciesAddCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var options = Options.Parse(args, ["id", "name", "lg", "national", "insurer", "public-key", "generate-key"], ["scope"], ["if-absent"]);
        var id = Identifiers.ClientId(options.Required("id"));
        var name = Identifiers.Name(options.Required("name"));
        var binding = options.ExactlyOne("lg", "national", "insurer") switch
        {
            "lg" => new AgencyBinding(LocalGovernmentArgument.Parse(options.Required("lg")).Value, null),
            "national" => new AgencyBinding(null, Identifiers.NationalAgencyId(options.Required("national"))),
            _ => new AgencyBinding(null, null, Identifiers.InsurerNumber(options.Required("insurer"))),
        };
        var scopes = ScopeRules.ForAgency(options.RequiredMany("scope"));
        var keySource = KeySource.From(options);
        var ifAbsent = options.Flag("if-absent");

        // An agency already registered keeps the key it has.
        var key = await KeyedClients.RegisterAsync(context, id, keySource, ifAbsent, (first, now) => new RegisteredClient
        {
            Id = id,
            Name = name,
            Kind = ClientKinds.Agency,
            AllowedGrantTypes = [GrantNames.ClientCredentials],
            AllowedScopes = scopes,
            Agency = binding,
            Keys = [first],
            CreatedAt = now,
        });
        if (key is null)
        {
            return ExitCodes.Ok;
        }
        context.Output.WriteLine($"機関クライアント {id}（{name}）を登録しました。");
        context.Output.WriteLine($"  機関: {binding switch
        {
            { LocalGovernmentCode: { } lg } => $"地方公共団体 {lg}",
            { NationalAgencyId: { } national } => $"国の機関 {national}",
            _ => $"医療保険者 {binding.InsurerNumber}",
        }}");
        context.Output.WriteLine($"  スコープ: {string.Join(" ", scopes)}");
        context.Output.WriteLine($"  鍵 ID (kid): {key.KeyId}");
        keySource.Describe(context.Output);
        return ExitCodes.Ok;
    }
}
