namespace Portal.Domain.Storage;

/// <summary>A document as read from or written to the store, with the ETag a later conditional write must present.</summary>
public sealed record Stored<T>(T Document, string ETag);
