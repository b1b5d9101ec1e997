namespace Portal.Domain.Identity.Tokens;

/// <summary>No signing keys are configured: the host starts, and the first token use fails naming the settings.</summary>
internal sealed class UnconfiguredTokenSigningKeySource(string message) : ITokenSigningKeySource
{
    public Task<TokenSigningKeys> LoadAsync(CancellationToken cancellationToken) =>
        Task.FromException<TokenSigningKeys>(new InvalidOperationException(message));
}
