namespace Bot.Operator.FrontDoor;

/// <summary>
/// One entry of the front door, the same on every channel: the label on the LINE menu, the words a Teams command
/// sends (<see cref="Text"/>, a word the bot's router knows), and the postback a LINE tap sends (an action of Bot.Core).
/// </summary>
public sealed record FrontDoorCommand(string Id, string Label, string Text, string Description, string Postback);
