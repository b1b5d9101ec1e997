using Portal.Operator.Storage;

namespace Portal.Operator.Commands;

/// <summary>What every command gets: where to print, the database (opened on first use) and the clock.</summary>
internal sealed record CommandContext(TextWriter Output, OperatorStore Store, TimeProvider Clock)
{
    public CancellationToken CancellationToken => CancellationToken.None;
}
