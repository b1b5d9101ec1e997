namespace Bot.Operator.FrontDoor;

/// <summary>
/// The LINE rich menu as data. <see cref="Name"/> is the operator's handle (not shown to residents; put a version in
/// it), <see cref="Alias"/> the rich menu alias that always names the menu residents see.
/// </summary>
public sealed record LineRichMenuData(
    string Name, string Alias, string ChatBarText, bool Selected, RichMenuSize Size, string Background, IReadOnlyList<RichMenuArea> Areas);
