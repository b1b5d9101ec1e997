using Microsoft.AspNetCore.Http.HttpResults;

namespace Portal.Functions.Http.Problems;

/// <summary>
/// Which problem each typed error becomes, and the Japanese names of the fields the features validate. Each feature
/// registers its own (<see cref="ProblemServiceCollectionExtensions.AddProblems"/>), so a new feature adds its errors
/// without editing a central switch; an error type registered twice is refused when the mapper is built.
/// </summary>
public sealed class ProblemMappings
{
    private readonly Dictionary<Type, Func<Exception, ProblemContext, ProblemHttpResult>> _byType = [];
    private readonly Dictionary<string, string> _fieldNames = new(StringComparer.Ordinal);

    /// <summary>How a <typeparamref name="TException"/> (or a subclass without a mapping of its own) is answered.</summary>
    public ProblemMappings Map<TException>(Func<TException, ProblemContext, ProblemHttpResult> map) where TException : Exception
    {
        if (!_byType.TryAdd(typeof(TException), (e, problem) => map((TException)e, problem)))
        {
            throw new InvalidOperationException($"{typeof(TException).Name} is mapped to a problem twice.");
        }
        return this;
    }

    /// <summary>The Japanese name of a request field or parameter, for the details of invalid-input problems.</summary>
    public ProblemMappings Name(string field, string japanese)
    {
        if (_fieldNames.TryGetValue(field, out var existing) && existing != japanese)
        {
            throw new InvalidOperationException($"The field {field} is named both {existing} and {japanese}.");
        }
        _fieldNames[field] = japanese;
        return this;
    }

    /// <summary>The mapping for the exception's own type, else for its nearest mapped base type.</summary>
    internal Func<Exception, ProblemContext, ProblemHttpResult>? For(Exception exception)
    {
        for (var type = exception.GetType(); type is not null; type = type.BaseType)
        {
            if (_byType.TryGetValue(type, out var map))
            {
                return map;
            }
        }
        return null;
    }

    public string FieldName(string field) => _fieldNames.GetValueOrDefault(field, field);
}
