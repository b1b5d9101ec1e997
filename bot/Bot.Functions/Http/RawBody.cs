namespace Bot.Functions.Http;

/// <summary>The request body as the exact bytes sent (signatures are over bytes), refused over a limit.</summary>
public static class RawBody
{
    /// <exception cref="BotHttpException">413 over <paramref name="maxBytes"/>.</exception>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(Microsoft.AspNetCore.Http.HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge();
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge();
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static BotHttpException TooLarge() => new(413, "送信されたデータが大きすぎます");
}
