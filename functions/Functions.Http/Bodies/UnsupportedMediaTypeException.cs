namespace Functions.Http.Bodies;

/// <summary>The request body is not JSON (by its Content-Type); each app maps it to its 415.</summary>
public sealed class UnsupportedMediaTypeException(string? contentType)
    : Exception($"Unsupported content type '{contentType}'.")
{
    public string? ContentType { get; } = contentType;
}
