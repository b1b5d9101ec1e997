using Portal.Domain.Residents;

namespace Portal.Domain.Home;

/// <summary>
/// One part of ホーム, read on its own: <see cref="HomeService"/> runs every part at once, each under its own time
/// limit, and leaves out the parts that fail or are late.
/// </summary>
public interface IHomePart
{
    /// <summary>The stable name <c>unavailable</c> lists when the part is left out (and logs name).</summary>
    string Name { get; }

    Task<HomeContribution> ReadAsync(ResidentContext resident, CancellationToken cancellationToken);
}
