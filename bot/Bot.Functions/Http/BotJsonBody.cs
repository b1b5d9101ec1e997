using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Bot.Functions.Http;

/// <summary>
/// Reads a small JSON body within the size limit; requiring application/json also keeps other sites from posting
/// with a plain form (the browser would have to ask first, and the bot allows no other origin).
/// </summary>
public sealed class BotJsonBody(IOptions<BotHttpLimits> limits)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = limits.Value.MaxJsonBodyBytes;
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }
        if (!IsJson(request.ContentType))
        {
            throw new BotHttpException(415, "送信形式が正しくありません", "Content-Type を application/json にして送信してください。");
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(limit);
            }
            buffer.Write(chunk, 0, read);
        }
        try
        {
            return JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Json)
                ?? throw Malformed();
        }
        catch (JsonException)
        {
            throw Malformed();
        }
    }

    private static BotHttpException TooLarge(long limit) =>
        new(413, "送信内容が大きすぎます", $"{limit:N0}バイト以下にして送信してください。");

    private static BotHttpException Malformed() =>
        new(400, "送信内容を読み取れませんでした", "JSON の形式を確認してください。");

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
}
