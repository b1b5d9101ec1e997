namespace Portal.Domain.Health;

/// <summary>One backing service the portal cannot work without.</summary>
public interface IDependencyCheck
{
    string Name { get; }

    /// <summary>Completes normally when the service answers; throws otherwise.</summary>
    Task CheckAsync(CancellationToken cancellationToken);
}
