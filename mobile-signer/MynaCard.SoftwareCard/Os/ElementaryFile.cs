namespace MynaCard.SoftwareCard.Os;

/// <summary>An EF of an applet, by its 2-byte id.</summary>
internal abstract class ElementaryFile(ushort id)
{
    public ushort Id { get; } = id;
}

/// <summary>A transparent EF read with READ BINARY; <paramref name="readPin"/> null = free to read.</summary>
internal sealed class BinaryFile(ushort id, byte[] content, PinSlot? readPin) : ElementaryFile(id)
{
    public byte[] Content { get; } = content;

    public PinSlot? ReadPin { get; } = readPin;
}

/// <summary>A PIN EF: the target of VERIFY once selected.</summary>
internal sealed class PinFile(ushort id, PinSlot pin) : ElementaryFile(id)
{
    public PinSlot Pin { get; } = pin;
}

/// <summary>A private key EF: the target of COMPUTE DIGITAL SIGNATURE once selected, usable after its PIN.</summary>
internal sealed class KeyFile(ushort id, RsaPrivateKey key, PinSlot pin) : ElementaryFile(id)
{
    public RsaPrivateKey Key { get; } = key;

    public PinSlot Pin { get; } = pin;
}
