using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace LocalFunctions.Hosting.Functions;

/// <summary>An HTTP-triggered function: served at <c>api/&lt;Route&gt;</c> (the function name when no route is given).</summary>
public sealed record HttpFunction(string Name, MethodInfo Method, ParameterInfo Trigger, HttpTriggerAttribute Attribute)
{
    public string Route => Attribute.Route ?? Name;

    public IReadOnlyList<string> Methods =>
        Attribute.Methods is { Length: > 0 } methods ? methods.Select(m => m.ToUpperInvariant()).ToArray() : ["GET", "POST"];
}
