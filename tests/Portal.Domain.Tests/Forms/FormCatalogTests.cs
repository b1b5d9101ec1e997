using System.Text;
using Portal.Domain.Forms;
using Portal.Domain.Procedures.Catalog;

namespace Portal.Domain.Tests.Forms;

public sealed class FormCatalogTests
{
    public static readonly TheoryData<string, string> Forms = new()
    {
        { "child-allowance-certification", "child-allowance-certification" },
        { "nursery-application", "nursery-application" },
        { "long-term-care-certification", "long-term-care-certification" },
        { "moving-out-notification", "moving-out-notification" },
        { "disaster-victim-certificate", "disaster-victim-certificate" },
        { "pregnancy-notification", "pregnancy-notification" },
        { "dog-registration", "dog-registration" },
        { "bulky-waste-collection", "bulky-waste-collection" },
    };

    [Fact]
    public void Every_embedded_definition_loads_compiles_and_is_consistent()
    {
        var catalog = FormCatalog.Embedded();

        Assert.Equal(8, catalog.Latest.Count);
        Assert.All(catalog.All, d => Assert.NotNull(d.CompiledSchema));
        Assert.All(catalog.All, d => Assert.Null(FormDefinitionRules.Problem(d)));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_form_is_found_by_id_and_by_its_procedure(string formId, string procedureId)
    {
        var catalog = FormCatalog.Embedded();

        Assert.Equal(procedureId, catalog.GetLatest(formId).ProcedureId);
        Assert.Equal(formId, catalog.FindByProcedure(procedureId)!.Id);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_form_has_conditional_fields_and_japanese_labels(string formId, string procedureId)
    {
        var definition = FormCatalog.Embedded().GetLatest(formId);
        var fields = definition.Fields.SelectMany(f => f.Group is null ? [f] : f.Group.Fields.Prepend(f)).ToList();

        Assert.Contains(fields, f => f.ShowWhen is not null);
        Assert.All(fields, f => Assert.Contains(f.Label, c => c > '\u3000'));
        Assert.Equal(procedureId, definition.ProcedureId);
    }

    [Fact]
    public void The_procedure_templates_with_a_form_are_exactly_the_eight_with_a_definition()
    {
        var catalog = FormCatalog.Embedded();
        var linked = ProcedureTemplateCatalog.Load().Where(t => t.FormId is not null).ToList();

        Assert.Equal(8, linked.Count);
        Assert.All(linked, t => Assert.Equal(t.Id, catalog.GetLatest(t.FormId!).ProcedureId));
    }

    [Fact]
    public void The_latest_version_is_the_highest_and_older_versions_stay_findable()
    {
        var catalog = FormCatalog.Embedded();

        Assert.Equal(2, catalog.GetLatest("moving-out-notification").Version);
        Assert.Equal(1, catalog.Get("moving-out-notification", 1).Version);
        Assert.Null(catalog.Get("moving-out-notification", 1).FindField("contact.email"));
        Assert.NotNull(catalog.Get("moving-out-notification", 2).FindField("contact.email"));
    }

    [Fact]
    public void An_unknown_form_or_version_is_not_found()
    {
        var catalog = FormCatalog.Embedded();

        Assert.Null(catalog.FindLatest("no-such-form"));
        Assert.Null(catalog.Find("dog-registration", 9));
        var e = Assert.Throws<FormNotFoundException>(() => catalog.Get("dog-registration", 9));
        Assert.Equal(9, e.Version);
        Assert.Throws<FormNotFoundException>(() => catalog.GetLatest("no-such-form"));
    }

    public static readonly TheoryData<string, string> Broken = new()
    {
        { "a field the schema does not describe", Definition("""{ "name": "missing", "label": "氏名", "kind": "text" }""") },
        { "a condition on no field", Definition("""{ "name": "name", "label": "氏名", "kind": "text", "showWhen": { "field": "nope", "equalTo": true } }""") },
        { "an unknown kind", Definition("""{ "name": "name", "label": "氏名", "kind": "colour" }""") },
        { "a schema that does not compile", Definition("""{ "name": "name", "label": "氏名", "kind": "text" }""", schemaExtra: "\"minLength\": \"x\",") },
        { "a required property that is not a required field", Definition("""{ "name": "name", "label": "氏名", "kind": "text" }""", schemaExtra: "\"required\": [\"name\"],") },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_definition_that_breaks_a_rule_is_refused_on_load(string because, string json)
    {
        var e = Assert.Throws<InvalidDataException>(() => FormDefinitionReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json"));
        Assert.False(string.IsNullOrEmpty(e.Message), because);
    }

    [Fact]
    public void Two_definitions_with_the_same_id_and_version_are_refused()
    {
        var one = FormDefinitionReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Definition("""{ "name": "name", "label": "氏名", "kind": "text" }"""))), "a.json");

        Assert.Throws<InvalidDataException>(() => new FormCatalog([one, one]));
    }

    private static string Definition(string field, string schemaExtra = "") => $$"""
        {
          "id": "test", "version": 1, "procedureId": "test", "title": "テスト",
          "schema": { "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", {{schemaExtra}}
                      "properties": { "name": { "type": "string" } } },
          "sections": [ { "id": "s", "title": "セクション", "fields": [ {{field}} ] } ]
        }
        """;
}
