using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Functions.Hosting;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;

namespace Portal.Functions.Tests.Http;

/// <summary>
/// The portal's registrations as the hosts make them (AddPortal with no settings), for tests of the HTTP edge's parts:
/// the problem mappings and the operations' declared callers every feature registered.
/// </summary>
public static class PortalServices
{
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddPortal(new ConfigurationBuilder().Build())
        .BuildServiceProvider();

    public static IServiceProvider Provider => Services;

    public static ProblemMapper Problems => Services.GetRequiredService<ProblemMapper>();

    public static IOptions<RouteValueFormats> RouteValues => Services.GetRequiredService<IOptions<RouteValueFormats>>();

    public static IOptions<OperationCallers> Callers => Services.GetRequiredService<IOptions<OperationCallers>>();
}
