namespace Portal.Domain.Procedures.LocalGovernments;

/// <summary>Every local government by code. Immutable once built; the catalog holds one per snapshot.</summary>
public sealed class LocalGovernmentDirectory
{
    private readonly Dictionary<string, LocalGovernment> _byCode;

    public LocalGovernmentDirectory(IEnumerable<LocalGovernment> localGovernments)
    {
        All = localGovernments.OrderBy(l => l.Code, StringComparer.Ordinal).ToList();
        _byCode = All.ToDictionary(l => l.Code, StringComparer.Ordinal);
    }

    /// <summary>In code order (prefectures and their municipalities interleave as the codes do).</summary>
    public IReadOnlyList<LocalGovernment> All { get; }

    public LocalGovernment? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var found) ? found : null;
}
