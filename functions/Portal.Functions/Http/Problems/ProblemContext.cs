using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Portal.Functions.Http.Problems;

/// <summary>What a feature's mapping writes a problem with: the call it answers, and the shared shape of every problem.</summary>
public sealed class ProblemContext(ProblemMapper mapper, HttpContext http)
{
    public HttpContext Http { get; } = http;

    /// <summary>The Japanese field names the features registered.</summary>
    public ProblemMappings Mappings => mapper.Mappings;

    /// <param name="detail">What the resident (or agency) should do next, in Japanese; null when the title says it all.</param>
    public ProblemHttpResult Problem(ProblemType type, string? detail, params (string Key, object? Value)[] extensions) =>
        mapper.Build(type, Http, detail, extensions);
}
