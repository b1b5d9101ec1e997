using System.Text.Json;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.LocalGovernments;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;
using Portal.Domain.Storage;

namespace Portal.Domain.Tests.Procedures.Data;

public sealed class OfferingGeneratorTests
{
    private static readonly LocalGovernmentDirectory Directory = LocalGovernmentCatalog.Load();
    private static readonly IReadOnlyList<ProcedureTemplate> Templates = ProcedureTemplateCatalog.Load();
    private static readonly IReadOnlyList<OfferingSet> Sets = OfferingGenerator.Generate(Directory, Templates);
    private static readonly Dictionary<string, ProcedureTemplate> TemplateById = Templates.ToDictionary(t => t.Id);

    [Fact]
    public void GeneratingTwiceGivesTheSameSets()
    {
        var again = OfferingGenerator.Generate(LocalGovernmentCatalog.Load(), ProcedureTemplateCatalog.Load());

        Assert.Equal(JsonSerializer.Serialize(Sets, CosmosClientFactory.DocumentJson), JsonSerializer.Serialize(again, CosmosClientFactory.DocumentJson));
    }

    [Fact]
    public void TheWholeCountryIsAboutAHundredThousandOfferings()
    {
        var offerings = Sets.Sum(s => s.Offerings.Count);

        Assert.InRange(offerings, 90_000, 115_000);
        Assert.Equal(1916 - 175 + 47 + NationalAgencies.All.Count, Sets.Count);
        Assert.Equal(Sets.Count, Sets.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void NoWardHasASetOfItsOwn()
    {
        var ids = Sets.Select(s => s.Id).ToHashSet();

        Assert.All(Directory.All.Where(l => l.Kind == LocalGovernmentKinds.Ward), w => Assert.DoesNotContain(w.Code, ids));
    }

    [Fact]
    public void EveryMunicipalTemplateIsOfferedByEveryMunicipalityAndEveryResidenceFindsItsOffering()
    {
        var byId = Sets.ToDictionary(s => s.Id);
        var municipal = Templates.Where(t => t.Level == ProcessingLevels.Municipality).Select(t => t.Id).ToList();

        Assert.All(Directory.OfferingMunicipalities, body => Assert.Equal(municipal, byId[body.Code].Offerings.Select(o => o.ProcedureId)));
        // A resident anywhere (ward included) finds every procedure in the set OfferingBodies names.
        Assert.All(Directory.All.Where(l => l.Kind != LocalGovernmentKinds.Prefecture), residence =>
            Assert.All(Templates, t => Assert.Contains(byId[OfferingBodies.KeyFor(residence, t)].Offerings, o => o.ProcedureId == t.Id)));
    }

    [Fact]
    public void AProcedureThatCannotBeDoneOnlineIsNeverOfferedOnline() =>
        Assert.All(Sets.SelectMany(s => s.Offerings).Where(o => !TemplateById[o.ProcedureId].OnlineCapable), o => Assert.False(o.IsOnline));

    [Fact]
    public void EveryOfferingHasMethodsBestFirstAPageAndAContact()
    {
        string[] order = [ApplicationMethods.Online, ApplicationMethods.Mail, ApplicationMethods.Counter];
        Assert.All(Sets, s =>
        {
            Assert.Equal(OfferingGenerator.SeedClient, s.UpdatedBy);
            Assert.Equal(OfferingGenerator.SeededAt, s.UpdatedAt);
            Assert.False(string.IsNullOrWhiteSpace(s.BodyName));
            Assert.All(s.Offerings, o =>
            {
                Assert.NotEmpty(o.Methods);
                Assert.Equal(o.Methods.OrderBy(m => Array.IndexOf(order, m)), o.Methods);
                Assert.All(o.Methods, m => Assert.Contains(m, order));
                Assert.StartsWith("http", o.PageUrl, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(o.Contact));
            });
        });
    }

    [Fact]
    public void NationalProceduresAreOfferedOncePerAgency()
    {
        foreach (var agency in NationalAgencies.All)
        {
            var set = Assert.Single(Sets, s => s.Id == OfferingSet.NationalKey(agency.Id));
            Assert.Equal(agency.Name, set.BodyName);
            Assert.Equal(Templates.Where(t => t.NationalAgencyId == agency.Id).Select(t => t.Id), set.Offerings.Select(o => o.ProcedureId));
        }
    }

    [Fact]
    public void BigCitiesOfferMoreOnlineThanVillagesAndNotEveryTownOffersEverything()
    {
        var byId = Sets.ToDictionary(s => s.Id);
        double OnlineShare(Func<LocalGovernment, bool> which)
        {
            var offerings = Directory.OfferingMunicipalities.Where(which).SelectMany(b => byId[b.Code].Offerings)
                .Where(o => TemplateById[o.ProcedureId].OnlineCapable).ToList();
            return offerings.Count(o => o.IsOnline) / (double)offerings.Count;
        }

        var cities = OnlineShare(b => b.Kind == LocalGovernmentKinds.DesignatedCity);
        var villages = OnlineShare(b => b.Kind == LocalGovernmentKinds.Municipality && b.Name.EndsWith('村'));

        Assert.True(cities > villages + 0.3, $"designated cities {cities:P0}, villages {villages:P0}");
        Assert.InRange(villages, 0.1, 0.6);
        Assert.Contains(Directory.OfferingMunicipalities, b => byId[b.Code].Offerings.Any(o => TemplateById[o.ProcedureId].OnlineCapable && !o.IsOnline));
    }

    [Fact]
    public void TheMovingOutOneStopServiceIsOnlineAlmostEverywhere()
    {
        var moving = Sets.Where(s => !s.Id.StartsWith("national-", StringComparison.Ordinal))
            .SelectMany(s => s.Offerings).Where(o => o.ProcedureId == "moving-out-notification").ToList();

        Assert.True(moving.Count(o => o.IsOnline) > moving.Count * 0.75);
    }
}
