using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Portal.Domain.Forms;

/// <summary>
/// Every failed keyword of a JSON Schema evaluation (List output, so nothing stops at the first failure), as
/// (error path, keyword) pairs.
/// </summary>
public static class SchemaErrors
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    public static IReadOnlyList<(string Path, string Keyword)> Evaluate(JsonSchema schema, JsonNode answers)
    {
        var results = schema.Evaluate(JsonSerializer.SerializeToElement(answers), Options);
        if (results.IsValid)
        {
            return [];
        }
        var found = new List<(string, string)>();
        foreach (var node in (IEnumerable<EvaluationResults>)[results, .. results.Details ?? []])
        {
            if (node.Errors is null)
            {
                continue;
            }
            var path = AnswerPaths.FromPointer(node.InstanceLocation.ToString());
            found.AddRange(node.Errors.Keys.Select(keyword => (path, keyword)));
        }
        return found;
    }
}
