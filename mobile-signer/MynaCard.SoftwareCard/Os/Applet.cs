namespace MynaCard.SoftwareCard.Os;

/// <summary>An applet (DF selected by AID): its EFs and the PINs whose verified state it keeps.</summary>
internal sealed class Applet(string name, byte[] aid, IReadOnlyList<ElementaryFile> files)
{
    public string Name { get; } = name;

    public byte[] Aid { get; } = aid;

    public IReadOnlyDictionary<ushort, ElementaryFile> Files { get; } = files.ToDictionary(file => file.Id);

    public IEnumerable<PinSlot> Pins => Files.Values.OfType<PinFile>().Select(file => file.Pin);

    public override string ToString() => Name;
}
