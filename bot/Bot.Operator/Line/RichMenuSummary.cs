namespace Bot.Operator.Line;

/// <summary>A rich menu as LINE lists it (the fields an operator needs to tell menus apart).</summary>
public sealed record RichMenuSummary(string RichMenuId, string Name, string ChatBarText, int Width, int Height, int Areas);
