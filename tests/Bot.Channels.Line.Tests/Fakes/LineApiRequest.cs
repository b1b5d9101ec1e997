using System.Text.Json.Nodes;

namespace Bot.Channels.Line.Tests.Fakes;

/// <summary>One request the fake LINE API received: path, bearer token, retry key, body, and what it answered.</summary>
public sealed record LineApiRequest(string Path, string? Authorization, string? RetryKey, JsonObject Body, int Status)
{
    public bool Accepted => Status == 200;

    public IReadOnlyList<JsonObject> Messages => Body["messages"]!.AsArray().Select(m => m!.AsObject()).ToList();
}
