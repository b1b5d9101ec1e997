namespace Functions.Http.Bodies;

/// <summary>A request body could not be read as the expected JSON; says where reading stopped.</summary>
public sealed class MalformedJsonException(string reason, string? path, long? lineNumber, long? bytePositionInLine, Exception? inner = null)
    : Exception($"Malformed JSON ({reason}) at {path ?? "$"}, line {lineNumber}, byte {bytePositionInLine}.", inner)
{
    /// <summary>"empty", "syntax" or "shape".</summary>
    public string Reason { get; } = reason;
    public string? Path { get; } = path;
    public long? LineNumber { get; } = lineNumber;
    public long? BytePositionInLine { get; } = bytePositionInLine;
}
