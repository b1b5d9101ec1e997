using Portal.Domain.Identifiers;

namespace Portal.Functions.Http.Identifiers;

/// <summary>
/// The format of every route value of every operation (by its <c>[Function]</c> name), declared by each feature where
/// it registers its functions (<see cref="RouteValueServiceCollectionExtensions.AddRouteValues"/>). The edge checks them
/// before the function runs, so a value of the wrong alphabet or length never reaches a repository.
/// </summary>
public sealed class RouteValueFormats
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, IdentifierFormat>> _byOperation = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IdentifierFormat>> All => _byOperation;

    public RouteValueFormats For(string operation, params (string Name, IdentifierFormat Format)[] values)
    {
        if (!_byOperation.TryAdd(operation, values.ToDictionary(v => v.Name, v => v.Format, StringComparer.Ordinal)))
        {
            throw new InvalidOperationException($"{operation} declares its route values twice.");
        }
        return this;
    }

    /// <summary>The error for the first declared value that is not of its format; null when all are.</summary>
    public Exception? Refusal(string? operation, IReadOnlyDictionary<string, object?>? routeValues)
    {
        if (operation is null || !_byOperation.TryGetValue(operation, out var formats) || routeValues is null)
        {
            return null;
        }
        foreach (var (name, format) in formats)
        {
            if (routeValues.TryGetValue(name, out var value) && value?.ToString() is { } text && !format.Matches(text))
            {
                return format.Refuse(text);
            }
        }
        return null;
    }
}
