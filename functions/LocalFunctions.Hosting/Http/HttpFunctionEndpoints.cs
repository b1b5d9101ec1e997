using System.ComponentModel;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using LocalFunctions.Hosting.Functions;

namespace LocalFunctions.Hosting.Http;

/// <summary>Maps each HTTP-triggered function at <c>api/&lt;Route&gt;</c> with its methods; route constraints work unchanged.</summary>
public static class HttpFunctionEndpoints
{
    public static void MapHttpFunctions(this IEndpointRouteBuilder endpoints, IEnumerable<HttpFunction> functions)
    {
        foreach (var function in functions)
        {
            EnsureSupported(function);
            endpoints.MapMethods($"api/{function.Route}", function.Methods, (HttpContext http) => InvokeAsync(function, http))
                .WithName(function.Name);
        }
    }

    private static async Task InvokeAsync(HttpFunction function, HttpContext http)
    {
        var result = await FunctionInvoker.InvokeAsync(http.RequestServices, function.Method, p => Bind(p, function, http));
        switch (result)
        {
            case IResult asResult:
                await asResult.ExecuteAsync(http);
                break;
            case null:
                http.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            default:
                throw new InvalidOperationException($"Function {function.Name} returned {result.GetType().Name}, not an IResult.");
        }
    }

    private static object? Bind(ParameterInfo parameter, HttpFunction function, HttpContext http)
    {
        // By position, not by reference: ParameterInfo instances of one method are not guaranteed to be the same
        // objects on every GetParameters() call (under load the trigger went unbound and functions saw null).
        if (parameter.Position == function.Trigger.Position)
        {
            return http.Request;
        }
        if (parameter.ParameterType == typeof(HttpContext))
        {
            return http;
        }
        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return http.RequestAborted;
        }
        if (http.Request.RouteValues.TryGetValue(parameter.Name!, out var value) && value is not null)
        {
            return parameter.ParameterType.IsInstanceOfType(value)
                ? value
                : TypeDescriptor.GetConverter(parameter.ParameterType).ConvertFromInvariantString(value.ToString()!);
        }
        return parameter.HasDefaultValue ? parameter.DefaultValue : null;
    }

    /// <summary>Refuses at start-up what this stand-in would serve differently from the real host.</summary>
    private static void EnsureSupported(HttpFunction function)
    {
        var returns = function.Method.ReturnType;
        if (returns != typeof(void) && returns != typeof(Task) && !typeof(IResult).IsAssignableFrom(Unwrap(returns)))
        {
            throw new NotSupportedException($"Function {function.Name}: return IResult (or Task<IResult>) to run on the local host.");
        }
        if (function.Trigger.ParameterType != typeof(HttpRequest))
        {
            throw new NotSupportedException($"Function {function.Name}: bind the trigger as HttpRequest.");
        }
        if (function.Method.GetParameters().Any(p => p.ParameterType == typeof(FunctionContext)))
        {
            throw new NotSupportedException($"Function {function.Name}: FunctionContext is not available on the local host.");
        }
    }

    private static Type Unwrap(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>) ? type.GetGenericArguments()[0] : type;
}
