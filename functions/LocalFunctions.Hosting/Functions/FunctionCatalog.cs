using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace LocalFunctions.Hosting.Functions;

/// <summary>Every <c>[Function]</c> method of the given assemblies, sorted by trigger kind.</summary>
public sealed class FunctionCatalog
{
    public FunctionCatalog(IEnumerable<Type> functionTypes)
    {
        foreach (var method in functionTypes.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)))
        {
            if (method.GetCustomAttribute<FunctionAttribute>() is not { } function)
            {
                continue;
            }
            foreach (var parameter in method.GetParameters())
            {
                switch (parameter.GetCustomAttributes().FirstOrDefault())
                {
                    case HttpTriggerAttribute http:
                        Http.Add(new HttpFunction(function.Name, method, parameter, http));
                        break;
                    case QueueTriggerAttribute queue:
                        Queues.Add(new QueueFunction(function.Name, method, parameter, queue));
                        break;
                    case TimerTriggerAttribute timer:
                        Timers.Add(new TimerFunction(function.Name, method, parameter, timer));
                        break;
                }
            }
        }
    }

    public List<HttpFunction> Http { get; } = [];

    public List<QueueFunction> Queues { get; } = [];

    public List<TimerFunction> Timers { get; } = [];

    public static IEnumerable<Type> TypesOf(Assembly assembly) => assembly.GetExportedTypes().Where(t => t.IsClass);
}
