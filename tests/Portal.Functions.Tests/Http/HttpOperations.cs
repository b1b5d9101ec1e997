using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Portal.Functions.OpenApi;

namespace Portal.Functions.Tests.Http;

/// <summary>Every HTTP operation of the Functions app as the tests that sweep all of them need it: name, method, route.</summary>
public static partial class HttpOperations
{
    /// <summary>Every <c>[Function]</c> with an HTTP trigger, by name.</summary>
    public static IReadOnlyList<(string Name, MethodInfo Method)> Functions { get; } = [.. typeof(OpenApiDocument).Assembly.GetTypes()
        .SelectMany(type => type.GetMethods())
        .Where(method => method.GetParameters().Any(p => p.GetCustomAttribute<HttpTriggerAttribute>() is not null))
        .Select(method => (method.GetCustomAttribute<FunctionAttribute>()!.Name, method))];

    /// <summary>Each operation once per HTTP method, with its route template (below /api).</summary>
    public static IEnumerable<(string Name, string Method, string Route)> Calls() =>
        from function in Functions
        let trigger = function.Method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).First(t => t is not null)!
        from method in trigger.Methods!
        select (function.Name, method.ToUpperInvariant(), trigger.Route!);

    /// <summary>The route template with each parameter (<c>{id}</c>, <c>{id:int}</c>) replaced by <paramref name="value"/>'s choice.</summary>
    public static string Fill(string route, Func<string, string> value) => RouteParameter().Replace(route, m => value(m.Groups[1].Value));

    /// <summary>The names of the route template's parameters.</summary>
    public static IEnumerable<string> Parameters(string route) => RouteParameter().Matches(route).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
