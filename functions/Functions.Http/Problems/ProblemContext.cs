using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Functions.Http.Problems;

/// <summary>What a mapping writes a problem with: the call it answers, and the shared shape of every problem.</summary>
public sealed class ProblemContext(ProblemMapper mapper, HttpContext http)
{
    public HttpContext Http { get; } = http;

    /// <summary>The names of the fields the app registered, for details that name a field.</summary>
    public ProblemMappings Mappings => mapper.Mappings;

    /// <param name="detail">What the user should do next, in the app's words; null when the title says it all.</param>
    /// <param name="extensions">Further members of the body; those whose value is null are left out.</param>
    public ProblemHttpResult Problem(ProblemKind kind, string? detail, params (string Key, object? Value)[] extensions) =>
        mapper.Build(kind, Http, detail, extensions);
}
