using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Functions.Hosting;

namespace Portal.Functions.Tests.Hosting;

/// <summary>The real host cannot run here, but its composition can be built: every function class must resolve.</summary>
public sealed class FunctionsHostCompositionTests
{
    public static TheoryData<Type> FunctionClasses => new(typeof(PortalFunctionsApplication).Assembly.GetExportedTypes()
        .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null)));

    [Theory]
    [MemberData(nameof(FunctionClasses))]
    public void EveryFunctionClassResolvesFromTheFunctionsHostsServices(Type functionClass)
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cosmos:Endpoint"] = "http://127.0.0.1:1/",
            ["Cosmos:Key"] = "a2V5",
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
        });
        builder.ConfigurePortal();
        using var host = builder.Build();

        using var scope = host.Services.CreateScope();
        Assert.NotNull(ActivatorUtilities.CreateInstance(scope.ServiceProvider, functionClass));
    }
}
