namespace Portal.Functions.Http.Authentication;

/// <summary>
/// One kind of caller an operation accepts, and what its token must carry: at least one of <see cref="Scopes"/>
/// (none: the kind alone is enough, e.g. an agency reading its own registration).
/// </summary>
public sealed record CallerRule(CallerKind Kind, IReadOnlyList<string> Scopes)
{
    public override string ToString() => Scopes.Count == 0
        ? Kind.ToString()
        : $"{Kind}({string.Join("|", Scopes)})";
}
