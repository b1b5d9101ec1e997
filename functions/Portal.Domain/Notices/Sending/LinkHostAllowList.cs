namespace Portal.Domain.Notices.Sending;

/// <summary>
/// The hosts a notice may link to: <c>city.chiyoda.lg.jp</c> exactly, or <c>*.lg.jp</c> for any host under
/// <c>lg.jp</c> (not <c>lg.jp</c> itself, and never <c>evil-lg.jp</c>). Hosts compare case-insensitively.
/// </summary>
public sealed class LinkHostAllowList(IEnumerable<string> entries)
{
    private readonly string[] _entries = [.. entries.Select(e => e.Trim().ToLowerInvariant()).Where(e => e.Length > 0)];

    public bool Allows(string host)
    {
        var name = host.TrimEnd('.').ToLowerInvariant();
        return _entries.Any(entry => entry.StartsWith("*.", StringComparison.Ordinal)
            ? name.EndsWith(entry[1..], StringComparison.Ordinal) && name.Length > entry.Length - 1
            : name == entry);
    }
}
