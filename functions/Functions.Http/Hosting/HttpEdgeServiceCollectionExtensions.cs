using Functions.Http.Bodies;
using Functions.Http.Edge;
using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Functions.Http.Hosting;

public static class HttpEdgeServiceCollectionExtensions
{
    /// <summary>ASP.NET Core's request logging, whose scope holds the request path.</summary>
    public const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>
    /// The edge, its problem mapper and the body readers. The app registers its problems with
    /// <see cref="ProblemServiceCollectionExtensions.AddProblems"/> and, if it has any, its <see cref="IHttpEdgeHook"/>s.
    /// </summary>
    /// <param name="limits">The app's section for <see cref="HttpLimits"/>.</param>
    /// <param name="defaults">The app's own defaults, where they differ from <see cref="HttpLimits"/>'s; the section
    /// still overrides them.</param>
    public static IServiceCollection AddHttpEdge(
        this IServiceCollection services, IConfiguration limits, Action<HttpLimits>? defaults = null)
    {
        var options = services.AddOptions<HttpLimits>();
        if (defaults is not null)
        {
            options.Configure(defaults);
        }
        options.Bind(limits);
        services.AddSingleton<ProblemMapper>();
        services.AddSingleton<HttpEdge>();
        services.AddSingleton<JsonBodyReader>();
        services.AddSingleton<FormBodyReader>();
        // ASP.NET Core opens a RequestPath scope on every log of a request only when this category is enabled: the
        // path carries capabilities (a card request's id), and the console and Application Insights write scopes.
        services.AddLogging(logging => logging.AddFilter(HostingDiagnosticsCategory, LogLevel.None));
        return services;
    }
}
