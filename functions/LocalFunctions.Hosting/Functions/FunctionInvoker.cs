using System.Reflection;

namespace LocalFunctions.Hosting.Functions;

/// <summary>
/// Calls a function method as the host does: a fresh instance per invocation from the invocation's scope,
/// parameters from the trigger, and the returned task awaited. Exceptions surface unwrapped.
/// </summary>
public static class FunctionInvoker
{
    public static async Task<object?> InvokeAsync(
        IServiceProvider services, MethodInfo method, Func<ParameterInfo, object?> bind)
    {
        var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
        try
        {
            var arguments = method.GetParameters().Select(bind).ToArray();
            var returned = method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, arguments, null);
            return await AwaitResultAsync(method.ReturnType, returned);
        }
        finally
        {
            switch (target)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    private static async Task<object?> AwaitResultAsync(Type declaredType, object? returned)
    {
        switch (returned)
        {
            case Task task:
                await task;
                // The runtime type of an async method's task is generic even for plain Task: go by the declaration.
                return declaredType.IsGenericType
                    ? declaredType.GetProperty(nameof(Task<object>.Result))!.GetValue(task)
                    : null;
            case ValueTask valueTask:
                await valueTask;
                return null;
            default:
                return returned;
        }
    }
}
