namespace Portal.Functions.Http.Authentication;

/// <summary>
/// Which callers each operation (by its <c>[Function]</c> name) accepts: declared by each feature where it registers
/// its functions (<see cref="CallerServiceCollectionExtensions.AddCallers"/>), read by the authenticators. An
/// operation that declares nothing accepts no one.
/// </summary>
public sealed class OperationCallers
{
    private readonly Dictionary<string, IReadOnlyList<CallerRule>> _byOperation = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, IReadOnlyList<CallerRule>> All => _byOperation;

    public OperationCallers Allow(string operation, params CallerRule[] rules)
    {
        if (rules.Length == 0 || rules.Select(r => r.Kind).Distinct().Count() != rules.Length)
        {
            throw new InvalidOperationException($"{operation}: declare each kind of caller once, and at least one.");
        }
        if (!_byOperation.TryAdd(operation, rules))
        {
            throw new InvalidOperationException($"{operation} declares its callers twice.");
        }
        return this;
    }

    /// <summary>The rule of <paramref name="kind"/> for the operation, or null when that kind is not accepted there.</summary>
    public CallerRule? Rule(string? operation, CallerKind kind) =>
        operation is not null && _byOperation.TryGetValue(operation, out var rules) ? rules.FirstOrDefault(r => r.Kind == kind) : null;
}
