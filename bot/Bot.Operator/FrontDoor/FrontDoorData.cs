using System.Text.Json;

namespace Bot.Operator.FrontDoor;

/// <summary>The front door on every channel, read from <c>front-door.json</c> (data, not code: see the tool's README).</summary>
public sealed record FrontDoorData(IReadOnlyList<FrontDoorCommand> Commands, LineRichMenuData Line, TeamsAppData Teams)
{
    /// <summary>The file copied next to the tool.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "FrontDoor", "front-door.json");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public FrontDoorCommand Command(string id) =>
        Commands.FirstOrDefault(c => c.Id == id) ?? throw new InvalidDataException($"front-door.json: the area's command \"{id}\" is not among the commands.");

    public static FrontDoorData Load(string path)
    {
        using var stream = File.OpenRead(path);
        var data = JsonSerializer.Deserialize<FrontDoorData>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.");
        FrontDoorRules.Check(data);
        return data;
    }
}
