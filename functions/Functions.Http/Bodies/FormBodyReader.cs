using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Functions.Http.Bodies;

/// <summary>Reads an application/x-www-form-urlencoded body (the portal's OAuth endpoints) within its own size limit.</summary>
public sealed class FormBodyReader(IOptions<HttpLimits> limits)
{
    /// <exception cref="PayloadTooLargeException">Answered 413 by the edge.</exception>
    public async Task<IFormCollection> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadWithinAsync(request, limits.Value.MaxFormBodyBytes, cancellationToken);
        return new FormCollection(new FormReader(Encoding.UTF8.GetString(body.Span)).ReadForm());
    }
}
