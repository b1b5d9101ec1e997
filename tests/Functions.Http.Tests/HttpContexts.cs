using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.Http.Tests;

/// <summary>Builds request contexts the way a host hands them to a function, and reads what was written back.</summary>
public static class HttpContexts
{
    private static readonly IServiceProvider Services = new ServiceCollection().AddLogging().BuildServiceProvider();

    public static DefaultHttpContext Request(string method = "GET", string path = "/api/test", string? body = null,
        string? contentType = "application/json", long? contentLength = null)
    {
        var http = new DefaultHttpContext { RequestServices = Services };
        http.Request.Method = method;
        http.Request.Path = path;
        http.Response.Body = new MemoryStream();
        if (body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            http.Request.Body = new MemoryStream(bytes);
            http.Request.ContentLength = contentLength ?? bytes.Length;
            http.Request.ContentType = contentType;
        }
        return http;
    }

    public static JsonElement ResponseJson(HttpContext http)
    {
        http.Response.Body.Position = 0;
        return JsonDocument.Parse(http.Response.Body).RootElement.Clone();
    }
}
