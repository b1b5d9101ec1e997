namespace Bot.Operator.FrontDoor;

/// <summary>An area of the menu: which command it is, where, and its colours ("#RRGGBB").</summary>
public sealed record RichMenuArea(string Command, RichMenuBounds Bounds, string Color, string TextColor);
