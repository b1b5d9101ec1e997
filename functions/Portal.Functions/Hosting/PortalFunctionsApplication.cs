using Functions.Http.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;

namespace Portal.Functions.Hosting;

/// <summary>The Functions host's composition, in one place so a test can build exactly what Program.cs runs.</summary>
public static class PortalFunctionsApplication
{
    public static FunctionsApplicationBuilder ConfigurePortal(this FunctionsApplicationBuilder builder) =>
        builder.ConfigureHttpFunctions((services, configuration) => services.AddPortal(configuration));
}
