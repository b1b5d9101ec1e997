using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Portal.Functions.Http;

namespace Portal.Functions.Hosting;

/// <summary>The Functions host's composition, in one place so a test can build exactly what Program.cs runs.</summary>
public static class PortalFunctionsApplication
{
    public static FunctionsApplicationBuilder ConfigurePortal(this FunctionsApplicationBuilder builder)
    {
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<HttpEdgeWorkerMiddleware>();
        builder.Services.AddPortal(builder.Configuration);
        builder.Services.AddPortalTelemetry();
        return builder;
    }
}
