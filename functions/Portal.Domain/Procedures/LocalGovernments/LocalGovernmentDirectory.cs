namespace Portal.Domain.Procedures.LocalGovernments;

/// <summary>Every local government by code. Immutable once built; the catalog holds one per snapshot.</summary>
public sealed class LocalGovernmentDirectory
{
    private readonly Dictionary<string, LocalGovernment> _byCode;
    private readonly ILookup<string, LocalGovernment> _wardsByCity;

    public LocalGovernmentDirectory(IEnumerable<LocalGovernment> localGovernments)
    {
        All = localGovernments.OrderBy(l => l.Code, StringComparer.Ordinal).ToList();
        _byCode = All.ToDictionary(l => l.Code, StringComparer.Ordinal);
        _wardsByCity = All.Where(l => l.ParentCode is not null).ToLookup(l => l.ParentCode!, StringComparer.Ordinal);
        Prefectures = All.Where(l => l.Kind == LocalGovernmentKinds.Prefecture).ToList();
        OfferingMunicipalities = All.Where(l => l.Kind is LocalGovernmentKinds.Municipality or LocalGovernmentKinds.SpecialWard
            or LocalGovernmentKinds.DesignatedCity).ToList();
    }

    /// <summary>In code order (prefectures and their municipalities interleave as the codes do).</summary>
    public IReadOnlyList<LocalGovernment> All { get; }

    /// <summary>The 47 prefectures, in code order.</summary>
    public IReadOnlyList<LocalGovernment> Prefectures { get; }

    /// <summary>The bodies that offer municipal procedures: municipalities, special wards and designated cities (not wards).</summary>
    public IReadOnlyList<LocalGovernment> OfferingMunicipalities { get; }

    public LocalGovernment? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var found) ? found : null;

    /// <summary>The wards of a designated city, in code order (empty for any other code).</summary>
    public IReadOnlyList<LocalGovernment> WardsOf(string cityCode) => _wardsByCity[cityCode].ToList();
}
