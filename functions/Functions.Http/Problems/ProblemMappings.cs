using Microsoft.AspNetCore.Http.HttpResults;

namespace Functions.Http.Problems;

/// <summary>
/// Which problem each typed error becomes, how a bare error status and an error nobody mapped are answered, and the
/// names of the fields an app validates. Each feature of an app registers its own
/// (<see cref="ProblemServiceCollectionExtensions.AddProblems"/>), so a new feature adds its errors without editing a
/// central switch; anything registered twice is refused when the mappings are built.
/// </summary>
public sealed class ProblemMappings
{
    private readonly Dictionary<Type, Func<Exception, ProblemContext, ProblemHttpResult>> _byType = [];
    private readonly List<Func<Exception, bool>> _unavailable = [];
    private readonly Dictionary<string, string> _fieldNames = new(StringComparer.Ordinal);

    /// <summary>How a bare error status is answered; null until registered.</summary>
    internal Func<int, ProblemContext, ProblemHttpResult>? StatusMap { get; private set; }

    /// <summary>How an error nobody mapped is answered (with 500, or 503 for an outage); null until registered.</summary>
    internal Func<Exception, int, ProblemContext, ProblemHttpResult>? UnmappedMap { get; private set; }

    /// <summary>How a <typeparamref name="TException"/> (or a subclass without a mapping of its own) is answered.</summary>
    public ProblemMappings Map<TException>(Func<TException, ProblemContext, ProblemHttpResult> map) where TException : Exception
    {
        if (!_byType.TryAdd(typeof(TException), (e, problem) => map((TException)e, problem)))
        {
            throw new InvalidOperationException($"{typeof(TException).Name} is mapped to a problem twice.");
        }
        return this;
    }

    /// <summary>
    /// How a bare error status is answered (an unmapped route, a function's NotFound()); also an error nobody mapped,
    /// as 500 or 503, unless <see cref="MapUnmapped"/> says otherwise.
    /// </summary>
    public ProblemMappings MapStatus(Func<int, ProblemContext, ProblemHttpResult> map)
    {
        StatusMap = StatusMap is null ? map : throw new InvalidOperationException("The bare status is mapped to a problem twice.");
        return this;
    }

    /// <summary>How an error nobody mapped is answered: a bug (500), or an outage (503) that a check of
    /// <see cref="Unavailable"/> recognises, where trying again later may help.</summary>
    public ProblemMappings MapUnmapped(Func<Exception, int, ProblemContext, ProblemHttpResult> map)
    {
        UnmappedMap = UnmappedMap is null ? map : throw new InvalidOperationException("Unmapped errors are mapped to a problem twice.");
        return this;
    }

    /// <summary>Tells an outage of something the app depends on (its database, another service) from a bug, for an
    /// error nobody mapped: 503 rather than 500. Several may be registered; any one recognising the error suffices.</summary>
    public ProblemMappings Unavailable(Func<Exception, bool> isUnavailable)
    {
        _unavailable.Add(isUnavailable);
        return this;
    }

    /// <summary>The name users read for a request field or parameter, for the details of invalid-input problems.</summary>
    public ProblemMappings Name(string field, string name)
    {
        if (_fieldNames.TryGetValue(field, out var existing) && existing != name)
        {
            throw new InvalidOperationException($"The field {field} is named both {existing} and {name}.");
        }
        _fieldNames[field] = name;
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

    internal bool IsUnavailable(Exception exception) => _unavailable.Any(check => check(exception));

    public string FieldName(string field) => _fieldNames.GetValueOrDefault(field, field);
}
