namespace Portal.Domain.Storage;

/// <summary>Documents changed since a change-feed position, and the position to resume from.</summary>
public sealed record ChangeBatch<T>(IReadOnlyList<T> Changes, string Continuation);
