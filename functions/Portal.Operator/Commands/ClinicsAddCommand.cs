using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Operator.Cli;
using Portal.Operator.Clients;
using Portal.Operator.Keys;

namespace Portal.Operator.Commands;

/// <summary>
/// <c>clinics add</c>: a medical institution (オンライン資格確認) as a client_credentials client authenticating with
/// private_key_jwt, bound to its 医療機関コード, holding <c>clinic.eligibility</c> only and its first public key.
/// </summary>
internal static class ClinicsAddCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var options = Options.Parse(args, ["id", "name", "code", "public-key", "generate-key"], [], ["if-absent"]);
        var id = Identifiers.ClientId(options.Required("id"));
        var name = Identifiers.Name(options.Required("name"));
        var code = Identifiers.MedicalInstitutionCode(options.Required("code"));
        var keySource = KeySource.From(options);

        var key = await KeyedClients.RegisterAsync(context, id, keySource, options.Flag("if-absent"), (first, now) => new RegisteredClient
        {
            Id = id,
            Name = name,
            Kind = ClientKinds.Clinic,
            AllowedGrantTypes = [GrantNames.ClientCredentials],
            AllowedScopes = [PortalScopes.ClinicEligibility],
            MedicalInstitutionCode = code,
            Keys = [first],
            CreatedAt = now,
        });
        if (key is null)
        {
            return ExitCodes.Ok;
        }
        context.Output.WriteLine($"医療機関クライアント {id}（{name}）を登録しました。");
        context.Output.WriteLine($"  医療機関コード: {code}");
        context.Output.WriteLine($"  スコープ: {PortalScopes.ClinicEligibility}");
        context.Output.WriteLine($"  鍵 ID (kid): {key.KeyId}");
        keySource.Describe(context.Output);
        return ExitCodes.Ok;
    }
}
