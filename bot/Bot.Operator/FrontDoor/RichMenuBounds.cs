namespace Bot.Operator.FrontDoor;

/// <summary>A tappable area in the image's pixels (LINE's <c>bounds</c>).</summary>
public sealed record RichMenuBounds(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;

    public int Bottom => Y + Height;

    public bool Overlaps(RichMenuBounds other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}
