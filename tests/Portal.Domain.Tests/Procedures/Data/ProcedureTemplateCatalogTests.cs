using System.Text;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Templates;

namespace Portal.Domain.Tests.Procedures.Data;

public sealed class ProcedureTemplateCatalogTests
{
    private static readonly IReadOnlyList<ProcedureTemplate> Templates = ProcedureTemplateCatalog.Load();

    [Fact]
    public void AtLeastSixtyTemplatesLoadWithUniqueIds()
    {
        Assert.True(Templates.Count >= 60, $"{Templates.Count} templates");
        Assert.Equal(Templates.Count, Templates.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count());
    }

    public static TheoryData<string> EveryCategory => new(Categories.Labels.Keys);

    public static TheoryData<string> EveryLifeEvent => new(LifeEvents.Labels.Keys);

    [Theory]
    [MemberData(nameof(EveryCategory))]
    public void EveryCategoryHasProcedures(string category) =>
        Assert.True(Templates.Count(t => t.Categories.Contains(category)) >= 5, category);

    [Theory]
    [MemberData(nameof(EveryLifeEvent))]
    public void EveryLifeEventHasProcedures(string lifeEvent) =>
        Assert.True(Templates.Count(t => t.LifeEvents.Contains(lifeEvent)) >= 5, lifeEvent);

    [Theory]
    [InlineData("児童手当の認定請求")]
    [InlineData("児童手当の額改定認定請求")]
    [InlineData("未支払の児童手当等の請求")]
    [InlineData("保育施設等の利用申込")]
    [InlineData("要介護・要支援認定の申請")]
    [InlineData("転出届・転入予約")]
    [InlineData("罹災証明書の発行申請")]
    [InlineData("パスポートの新規申請")]
    [InlineData("パスポートの切替申請（更新）")]
    [InlineData("公金受取口座の登録")]
    [InlineData("マイナ保険証の利用登録")]
    [InlineData("妊娠の届出")]
    [InlineData("出生届")]
    [InlineData("住民票の写しの交付請求")]
    [InlineData("印鑑登録証明書の交付申請")]
    [InlineData("戸籍証明書等の交付請求")]
    [InlineData("課税証明書・所得証明書の交付申請")]
    [InlineData("国民健康保険の加入の届出")]
    [InlineData("国民健康保険の脱退の届出")]
    [InlineData("国民年金の加入の届出")]
    [InlineData("要介護認定の更新申請")]
    [InlineData("予防接種の予診票の再発行申請")]
    [InlineData("高額療養費の支給申請")]
    [InlineData("医療費控除の申告")]
    [InlineData("所得税の確定申告")]
    [InlineData("死亡届")]
    [InlineData("葬祭費の支給申請")]
    [InlineData("犬の登録")]
    public void TheCommonProceduresAreThere(string name) => Assert.Single(Templates, t => t.Name == name);

    [Fact]
    public void EveryTemplateHasItsFieldsAHiraganaReadingAndThreeToEightKeywords()
    {
        Assert.All(Templates, t =>
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", t.Id);
            Assert.Matches("^[\u3041-\u3096ー]+$", t.Kana);
            Assert.False(string.IsNullOrWhiteSpace(t.Name));
            Assert.False(string.IsNullOrWhiteSpace(t.Summary));
            Assert.False(string.IsNullOrWhiteSpace(t.Eligibility));
            Assert.False(string.IsNullOrWhiteSpace(t.Fee));
            Assert.NotEmpty(t.RequiredDocuments);
            Assert.NotEmpty(t.Categories);
            Assert.InRange(t.Keywords.Count, 3, 8);
            Assert.All(t.Keywords, k => Assert.False(string.IsNullOrWhiteSpace(k)));
            // Only templates with a form definition link one (checked in Forms/FormCatalogTests).
            Assert.True(t.FormId is null || t.FormId == t.Id);
            Assert.Equal(ProcedureTemplate.PartitionValue, t.Partition);
            Assert.Equal(ProcedureTemplate.DocumentType, t.Type);
        });
    }

    [Fact]
    public void NationalTemplatesNameAKnownAgencyAndLocalOnesNone()
    {
        Assert.All(Templates, t =>
        {
            if (t.Level == ProcessingLevels.National)
            {
                Assert.NotNull(NationalAgencies.Find(t.NationalAgencyId));
            }
            else
            {
                Assert.Contains(t.Level, new[] { ProcessingLevels.Municipality, ProcessingLevels.Prefecture });
                Assert.Null(t.NationalAgencyId);
            }
        });
        Assert.Contains(Templates, t => t.Level == ProcessingLevels.Prefecture);
        Assert.All(NationalAgencies.All, a => Assert.Contains(Templates, t => t.NationalAgencyId == a.Id));
    }

    [Fact]
    public void OnlyProceduresThatCanBeDoneOnlineNeedTheSignature() =>
        Assert.All(Templates.Where(t => t.RequiresSignature), t => Assert.True(t.OnlineCapable, t.Id));

    public static TheoryData<string, string> BrokenTemplates => new()
    {
        { "duplicate id", $"[{Minimal("a")},{Minimal("a")}]" },
        { "katakana reading", $"[{Minimal("a").Replace("\"てすと\"", "\"テスト\"", StringComparison.Ordinal)}]" },
        { "unknown category", $"[{Minimal("a").Replace("\"money\"", "\"food\"", StringComparison.Ordinal)}]" },
        { "national without agency", $"[{Minimal("a").Replace("\"municipality\"", "\"national\"", StringComparison.Ordinal)}]" },
        { "unknown level", $"[{Minimal("a").Replace("\"municipality\"", "\"city\"", StringComparison.Ordinal)}]" },
        { "empty summary", $"[{Minimal("a").Replace("\"説明\"", "\" \"", StringComparison.Ordinal)}]" },
    };

    [Theory]
    [MemberData(nameof(BrokenTemplates))]
    public void BrokenDataIsRefusedNamingTheTemplate(string broken, string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var error = Assert.Throws<InvalidDataException>(() => ProcedureTemplateCatalog.Parse(stream));

        Assert.True(error.Message.Contains("\"a\"", StringComparison.Ordinal), $"{broken}: {error.Message}");
    }

    [Fact]
    public void AMinimalTemplateParses()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"[{Minimal("a")}]"));

        Assert.Equal("a", Assert.Single(ProcedureTemplateCatalog.Parse(stream)).Id);
    }

    private static string Minimal(string id) => $$"""
        {"id":"{{id}}","name":"テスト","kana":"てすと","summary":"説明","eligibility":"だれでも","requiredDocuments":["申請書"],
         "fee":"無料","level":"municipality","categories":["money"],"lifeEvents":[],"onlineCapable":true,"requiresSignature":false}
        """;
}
