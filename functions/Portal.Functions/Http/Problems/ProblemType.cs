using Functions.Http.Problems;

namespace Portal.Functions.Http.Problems;

/// <summary>One kind of failure: a stable type URI, its HTTP status and the Japanese title a resident reads.</summary>
public sealed record ProblemType(string Slug, int Status, string Title)
{
    public Uri Uri { get; } = new(ProblemTypes.BaseUri, Slug);

    /// <summary>What the shared problem writing takes, so a mapping writes <c>p.Problem(ProblemTypes.X, detail)</c>.</summary>
    public static implicit operator ProblemKind(ProblemType type) => new(type.Status, type.Title, type.Uri);
}
