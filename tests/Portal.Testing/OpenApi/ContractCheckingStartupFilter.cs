using Microsoft.AspNetCore.Builder;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace Portal.Testing.OpenApi;

/// <summary>Puts <see cref="ContractCheckingMiddleware"/> first in the portal's pipeline, outside its own edge.</summary>
/// <param name="testFunctions">Function classes a test serves next to the portal's: their routes are not checked.</param>
public sealed class ContractCheckingStartupFilter(ContractChecks checks, IReadOnlyList<Type> testFunctions) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        IReadOnlyList<Regex> ignored = [.. testFunctions
            .SelectMany(type => type.GetMethods())
            .SelectMany(method => method.GetParameters())
            .Select(parameter => parameter.GetCustomAttribute<HttpTriggerAttribute>()?.Route)
            .OfType<string>()
            .Select(route => OpenApiContract.PatternOf("/" + route))];
        app.UseMiddleware<ContractCheckingMiddleware>(OpenApiContract.Portal, checks, ignored);
        next(app);
    };
}
