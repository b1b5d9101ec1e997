using System.Diagnostics;
using System.Globalization;
using Bot.Core.Portal.Client;
using Microsoft.Extensions.Options;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Storage;
using Portal.Testing;
using Portal.Testing.Hosting;

namespace Portal.Benchmarks;

/// <summary>
/// What the chatbot's confidential-client authentication adds to each token call, on the real local stack: the
/// portal's client authentication of a public client (a cached registry read) against that of the confidential
/// chatbot (the bot signs a fresh assertion, the portal verifies it and writes the used-jti document of
/// <see cref="ClientAssertionReplayGuard"/>), and the replay-guard writes a pending login costs per minute at the
/// bot's poll interval. <c>dotnet run -c Release --project tests/Portal.Benchmarks -- client-auth-report [--count N]</c>.
/// </summary>
public static class ClientAuthenticationReport
{
    public const int DefaultCount = 500;

    private const string Issuer = "https://portal.example/api";

    public static async Task RunAsync(int count)
    {
        var stack = await LocalStack.GetAsync();
        using var client = CosmosClientFactory.Create(new CosmosOptions { Endpoint = stack.Cosmos.Endpoint, Key = stack.Cosmos.Key });
        var database = new PortalDatabase(client, Options.Create(new CosmosOptions { Database = $"bench-{Guid.NewGuid():N}" }));
        await client.CreateDatabaseIfNotExistsAsync(database.Name);
        try
        {
            await database.CreateIfNotExistsAsync(PortalContainers.All, CancellationToken.None);
            await RunAsync(database, count);
        }
        finally
        {
            await client.GetDatabase(database.Name).DeleteAsync();
        }
    }

    private static async Task RunAsync(PortalDatabase database, int count)
    {
        var clock = TimeProvider.System;
        var repository = new ClientRepository(database);
        await repository.CreateAsync(ChatbotClientKey.Chatbot(clock.GetUtcNow()), CancellationToken.None);
        await repository.CreateAsync(ChatbotClientKey.Chatbot(clock.GetUtcNow()) with { Id = "public-bot", Kind = ClientKinds.Public, Keys = [] },
            CancellationToken.None);
        var tokenOptions = Options.Create(new TokenOptions { Issuer = new Uri(Issuer) });
        var authenticator = new ClientAuthenticator(
            new ClientRegistry(repository, Options.Create(new ClientRegistryOptions()), clock),
            new ClientAssertionValidator(new ClientAssertionReplayGuard(new UsedClientAssertionRepository(database), clock), tokenOptions, clock));
        using var bot = new PortalClientCredentials(Options.Create(new PortalClientOptions
        {
            ClientKeyFile = ChatbotClientKey.PrivateKeyFile, Issuer = Issuer,
        }), clock);

        var publicClient = new ClientCredentials("public-bot");
        var sign = new List<double>();
        var confidential = new List<double>();
        var publicOnly = new List<double>();
        for (var i = -50; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await authenticator.AuthenticateAsync(publicClient, CancellationToken.None);
            var afterPublic = Stopwatch.GetTimestamp();
            var assertion = bot.NewAssertion();
            var afterSign = Stopwatch.GetTimestamp();
            await authenticator.AuthenticateAsync(new ClientCredentials("chatbot", ClientCredentials.JwtBearerAssertionType, assertion), CancellationToken.None);
            var afterConfidential = Stopwatch.GetTimestamp();
            if (i >= 0)
            {
                publicOnly.Add(Stopwatch.GetElapsedTime(started, afterPublic).TotalMilliseconds);
                sign.Add(Stopwatch.GetElapsedTime(afterPublic, afterSign).TotalMilliseconds);
                confidential.Add(Stopwatch.GetElapsedTime(afterSign, afterConfidential).TotalMilliseconds);
            }
        }
        var added = confidential.Zip(sign, (c, s) => c + s).Zip(publicOnly, (c, p) => c - p).ToList();
        var writes = await CountUsedAssertionsAsync(database);

        Console.WriteLine($"{BenchmarkMachine.Describe()}; {count} token-call authentications each after 50 warm-up ones, Cosmos-protocol server of the local stack");
        Console.WriteLine("| step | p50 ms | p90 ms | p99 ms | mean ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Row("public client (id only; cached registry read)", publicOnly);
        Row("bot signs an ES256 assertion", sign);
        Row("portal verifies it + replay-guard write", confidential);
        Row("added per token call (sign + verify + write - public)", added);
        Console.WriteLine();
        Console.WriteLine($"replay-guard documents written: {writes} for {count + 50} confidential authentications (1 per call)");
        foreach (var interval in new[] { 5, 10 })
        {
            // The bot's assertions live 60 s and the guard keeps each until exp + 1 minute (its TTL): about 2 minutes.
            Console.WriteLine($"at a {interval} s poll interval: {60 / interval} replay-guard writes per pending login per minute, "
                + $"about {2 * 60 / interval} used-jti documents alive per pending login at a time");
        }
    }

    private static async Task<int> CountUsedAssertionsAsync(PortalDatabase database)
    {
        var query = new Microsoft.Azure.Cosmos.QueryDefinition("SELECT VALUE COUNT(1) FROM c WHERE c.type = @type")
            .WithParameter("@type", UsedClientAssertion.DocumentType);
        using var feed = database.Container(PortalContainers.Grants).GetItemQueryIterator<int>(query);
        var total = 0;
        while (feed.HasMoreResults)
        {
            total += (await feed.ReadNextAsync()).Sum();
        }
        return total;
    }

    private static void Row(string name, IReadOnlyCollection<double> samples) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Percentiles.Of(samples, 0.5):0.00} | {Percentiles.Of(samples, 0.9):0.00} | {Percentiles.Of(samples, 0.99):0.00} | {samples.Average():0.00} |"));
}
