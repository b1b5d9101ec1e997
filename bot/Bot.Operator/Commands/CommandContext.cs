using Bot.Operator.FrontDoor;
using Bot.Operator.Line;

namespace Bot.Operator.Commands;

/// <summary>What every command gets: where to write, the environment (settings), HTTP, and the data file's path.</summary>
public sealed class CommandContext(TextWriter output, Func<string, string?> environment, HttpClient http)
{
    /// <summary>Points at another data file (e.g. a test's, or a seasonal menu).</summary>
    public const string DataPathVariable = "Bot__Operator__FrontDoorData";

    public TextWriter Output { get; } = output;

    public Func<string, string?> Environment { get; } = environment;

    public FrontDoorData LoadData(string? path) =>
        FrontDoorData.Load(path ?? Environment(DataPathVariable) ?? FrontDoorData.DefaultPath);

    public LineRichMenuApi LineApi() => new(http, LineApiSettings.From(Environment));
}
