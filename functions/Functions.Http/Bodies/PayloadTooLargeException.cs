namespace Functions.Http.Bodies;

/// <summary>A request body exceeded the size the endpoint accepts; each app maps it to its 413.</summary>
public sealed class PayloadTooLargeException(long limitBytes)
    : Exception($"The request body exceeds {limitBytes} bytes.")
{
    public long LimitBytes { get; } = limitBytes;
}
