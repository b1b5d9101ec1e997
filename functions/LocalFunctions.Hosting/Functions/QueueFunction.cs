using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace LocalFunctions.Hosting.Functions;

/// <summary>A queue-triggered function; <see cref="QueueName"/> may be a <c>%Setting%</c> reference.</summary>
public sealed record QueueFunction(string Name, MethodInfo Method, ParameterInfo Trigger, QueueTriggerAttribute Attribute)
{
    public string QueueName => Attribute.QueueName;
}
