using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Channels.Teams.Activities;

/// <summary>How activities are read and written: camelCase, nulls left out, case-insensitive on the way in.</summary>
public static class ActivityJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
