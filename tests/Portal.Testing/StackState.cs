using System.Text.Json;

namespace Portal.Testing;

/// <summary>Where the local stack's services listen, as infra/local/stack.mjs writes it.</summary>
public sealed record StackState(StackState.CosmosService Cosmos, StackState.StorageService Storage, StackState.SmtpService Smtp)
{
    public sealed record CosmosService(Uri Endpoint, string Key);

    public sealed record StorageService(string ConnectionString);

    public sealed record SmtpService(string Host, int Port, Uri WebUrl);

    public static StackState Read(string path) =>
        JsonSerializer.Deserialize<StackState>(File.ReadAllText(path), JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException($"{path} is empty.");
}
