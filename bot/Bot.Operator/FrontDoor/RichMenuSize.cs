namespace Bot.Operator.FrontDoor;

/// <summary>The menu's size: LINE takes 2500x1686 (two rows) or 2500x843 (one row).</summary>
public sealed record RichMenuSize(int Width, int Height);
