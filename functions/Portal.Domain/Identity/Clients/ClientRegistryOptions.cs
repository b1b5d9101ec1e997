namespace Portal.Domain.Identity.Clients;

/// <summary>Bound from <c>Identity:ClientRegistry</c>. The clients themselves live in Cosmos DB (the operator CLI writes them).</summary>
public sealed class ClientRegistryOptions
{
    public const string Section = "Identity:ClientRegistry";

    /// <summary>How long a read client is reused: short, so a rotated agency key or a removed client takes effect soon.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(30);
}
