using Portal.Domain.Procedures.Search;
using Portal.Domain.Procedures.Templates;

namespace Portal.Domain.Procedures.Serving;

/// <summary>One immutable generation of the catalog: the snapshot, its index, and the version continuation tokens carry.</summary>
/// <param name="LoadDuration">Reading from Cosmos (zero for a refresh that only applied changes).</param>
/// <param name="BuildDuration">Building the index.</param>
public sealed record CatalogState(
    CatalogSnapshot Snapshot,
    CatalogIndex Index,
    string Version,
    IReadOnlyDictionary<string, ProcedureTemplate> TemplatesById,
    TimeSpan LoadDuration,
    TimeSpan BuildDuration);
