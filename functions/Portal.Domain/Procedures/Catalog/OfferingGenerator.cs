using Portal.Domain.Procedures.LocalGovernments;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;

namespace Portal.Domain.Procedures.Catalog;

/// <summary>
/// The seeded offerings of the whole country: every municipality, special ward and designated city (for its wards)
/// offers every municipal procedure, every prefecture every prefectural one, each agency its national ones. HOW each
/// body offers a procedure is demo data, drawn from a generator seeded with the body's code and the procedure's id, so
/// the same input always gives the same sets: bigger bodies put more online than villages, the procedures the
/// government asked every municipality to put online (子育て・介護 and the moving-out one-stop service) mostly are,
/// and a procedure that cannot be done online never is.
/// </summary>
public static class OfferingGenerator
{
    public const string SeedClient = "seed";

    /// <summary>The fixed time of every seeded set, so that seeding twice writes the same documents.</summary>
    public static readonly DateTimeOffset SeededAt = new(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(9));

    // Asked of every municipality (ぴったりサービス's 子育て・介護 procedures, 引越しワンストップ), or national systems.
    private static readonly HashSet<string> StandardOnline = new(StringComparer.Ordinal)
    {
        "moving-out-notification", "my-number-card-application", "pregnancy-notification", "child-allowance-certification",
        "child-allowance-amount-revision", "child-allowance-unpaid-claim", "child-allowance-termination", "nursery-application",
        "childcare-benefit-certification", "long-term-care-certification", "long-term-care-renewal", "care-insurance-card-reissue",
        "high-cost-care-services", "care-cost-limit-certification", "care-home-modification", "disaster-victim-certificate",
        "passport-renewal", "passport-record-change",
    };

    // Need the person (or the original papers) in front of the clerk: never by post.
    private static readonly HashSet<string> CounterOnly = new(StringComparer.Ordinal)
    {
        "moving-in-notification", "address-change-within", "seal-registration", "electronic-certificate-renewal",
        "child-rearing-allowance", "passport-new", "passport-loss", "driver-license-address-change", "driver-license-renewal",
        "driver-license-return", "head-of-household-change", "moving-abroad-notification",
    };

    // National services that exist only online.
    private static readonly HashSet<string> OnlineOnly = new(StringComparer.Ordinal)
    {
        "tabireg", "public-funds-account", "my-number-insurance-registration", "smartphone-certificate",
    };

    public static IReadOnlyList<OfferingSet> Generate(LocalGovernmentDirectory directory, IReadOnlyList<ProcedureTemplate> templates)
    {
        var municipal = templates.Where(t => t.Level == ProcessingLevels.Municipality).ToList();
        var prefectural = templates.Where(t => t.Level == ProcessingLevels.Prefecture).ToList();
        var sets = new List<OfferingSet>();
        sets.AddRange(directory.OfferingMunicipalities.Select(body => LocalSet(body, municipal)));
        sets.AddRange(directory.Prefectures.Select(body => LocalSet(body, prefectural)));
        foreach (var group in templates.Where(t => t.Level == ProcessingLevels.National).GroupBy(t => t.NationalAgencyId!, StringComparer.Ordinal))
        {
            var agency = NationalAgencies.Find(group.Key)
                ?? throw new InvalidOperationException($"National procedures name an unknown agency \"{group.Key}\".");
            sets.Add(Set(OfferingSet.NationalKey(agency.Id), agency.Name, group.Select(t =>
                new Offering(t.Id, Methods(t, t.OnlineCapable, mail: true), agency.WebSite, agency.Contact, null))));
        }
        return sets;
    }

    private static OfferingSet LocalSet(LocalGovernment body, IReadOnlyList<ProcedureTemplate> templates)
    {
        // How far along this body is with online services, once per body: some towns are ahead of some cities.
        var maturity = new SeedRandom(body.Code).NextDouble() * 0.3 - 0.15;
        var baseRate = body.Kind switch
        {
            LocalGovernmentKinds.Prefecture => 0.7,
            LocalGovernmentKinds.DesignatedCity => 0.8,
            LocalGovernmentKinds.SpecialWard => 0.75,
            _ when body.Name.EndsWith('市') => 0.5,
            _ when body.Name.EndsWith('町') => 0.3,
            _ => 0.2,
        } + maturity;
        var note = body.Kind == LocalGovernmentKinds.DesignatedCity ? "窓口はお住まいの区の区役所です。" : null;
        return Set(body.Code, body.Name, templates.Select(t =>
        {
            var random = new SeedRandom($"{body.Code}/{t.Id}");
            var rate = StandardOnline.Contains(t.Id) ? baseRate + (1 - baseRate) * 0.75 : baseRate;
            var online = t.OnlineCapable && random.NextDouble() < rate;
            var mail = random.NextDouble() < 0.6;
            return new Offering(t.Id, Methods(t, online, mail), body.WebSite, OfferingSections.For(body, t.Id), note);
        }));
    }

    /// <summary>Best first: online, then post, then the counter (every local procedure has a counter).</summary>
    private static List<string> Methods(ProcedureTemplate template, bool online, bool mail)
    {
        if (online && OnlineOnly.Contains(template.Id))
        {
            return [ApplicationMethods.Online];
        }
        var methods = new List<string>(3);
        if (online)
        {
            methods.Add(ApplicationMethods.Online);
        }
        if (mail && !CounterOnly.Contains(template.Id))
        {
            methods.Add(ApplicationMethods.Mail);
        }
        methods.Add(ApplicationMethods.Counter);
        return methods;
    }

    private static OfferingSet Set(string id, string name, IEnumerable<Offering> offerings) => new()
    {
        Id = id,
        BodyName = name,
        Offerings = offerings.ToList(),
        UpdatedAt = SeededAt,
        UpdatedBy = SeedClient,
    };
}
