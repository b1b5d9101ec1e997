using Portal.Domain.Errors;

namespace Portal.Functions.Http;

/// <summary>A request body exceeded the size the portal accepts.</summary>
public sealed class PayloadTooLargeException(long limitBytes)
    : PortalException($"The request body exceeds {limitBytes} bytes.")
{
    public long LimitBytes { get; } = limitBytes;
}
