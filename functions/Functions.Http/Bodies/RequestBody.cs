using Microsoft.AspNetCore.Http;

namespace Functions.Http.Bodies;

/// <summary>
/// Reads a whole request body as the exact bytes sent (webhook signatures are over bytes) without ever holding more
/// than the limit: refused before reading when the declared length is over it, and as soon as the bytes read pass it
/// when no length was declared.
/// </summary>
public static class RequestBody
{
    /// <exception cref="PayloadTooLargeException">The body is longer than <paramref name="limit"/>.</exception>
    public static async Task<ReadOnlyMemory<byte>> ReadWithinAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw new PayloadTooLargeException(limit);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new PayloadTooLargeException(limit);
            }
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
