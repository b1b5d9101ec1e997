using Portal.Domain.Procedures.LocalGovernments;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;

namespace Portal.Domain.Procedures.Search;

/// <summary>Every body's offerings by set key and procedure id, so a hit finds its place's offering in two lookups.</summary>
internal sealed class OfferingLookup
{
    private readonly Dictionary<string, Body> _bodies;

    public OfferingLookup(IEnumerable<OfferingSet> sets)
    {
        _bodies = new Dictionary<string, Body>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            var offerings = new Dictionary<string, Offering>(set.Offerings.Count, StringComparer.Ordinal);
            foreach (var offering in set.Offerings)
                offerings[offering.ProcedureId] = offering;
            _bodies[set.Id] = new Body(set.BodyName, offerings);
        }
    }

    public IEnumerable<Offering> All => _bodies.Values.SelectMany(b => b.Offerings.Values);

    /// <returns>The body that answers this resident (key and name, when it has a set) and its offering, if any.</returns>
    public (Offering? Offering, string? Key, string? BodyName) For(LocalGovernment? residence, ProcedureTemplate template)
    {
        if (residence is null)
            return (null, null, null);
        // A prefecture is no place of residence for municipal procedures: nothing applies rather than an error.
        if (template.Level == ProcessingLevels.Municipality && residence.Kind == LocalGovernmentKinds.Prefecture)
            return (null, null, null);
        if (template.Level == ProcessingLevels.National && template.NationalAgencyId is null)
            return (null, null, null);
        var key = OfferingBodies.KeyFor(residence, template);
        if (!_bodies.TryGetValue(key, out var body))
            return (null, null, null);
        return (body.Offerings.GetValueOrDefault(template.Id), key, body.Name);
    }

    private sealed record Body(string Name, Dictionary<string, Offering> Offerings);
}
