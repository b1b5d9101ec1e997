using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Operator.Tests.Fakes;

/// <summary>One request the fake received: on which host (api or data), how, and what.</summary>
public sealed record RecordedRequest(string Host, string Method, string Path, string? Authorization, string? ContentType, byte[] Body)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Encoding.UTF8.GetString(Body));
}
