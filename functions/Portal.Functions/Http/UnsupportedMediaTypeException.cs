using Portal.Domain.Errors;

namespace Portal.Functions.Http;

/// <summary>The request body is not JSON (by its Content-Type).</summary>
public sealed class UnsupportedMediaTypeException(string? contentType)
    : PortalException($"Unsupported content type '{contentType}'.")
{
    public string? ContentType { get; } = contentType;
}
