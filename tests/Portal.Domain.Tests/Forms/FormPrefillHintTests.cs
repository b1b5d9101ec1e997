using System.Text;
using System.Text.Json.Nodes;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Drafts.Prefill;
using Portal.Domain.Forms;

namespace Portal.Domain.Tests.Forms;

/// <summary>The forms' prefill hints (which profile item fills which applicant field): checked on load, converted on fill.</summary>
public sealed class FormPrefillHintTests
{
    private static readonly ResidentProfile Profile = new("山田 花子", "東京都千代田区霞が関2-1-2", new DateOnly(1990, 4, 1), "2",
        ProfileSources.Card, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    public static readonly TheoryData<string, int, string> Hints = new()
    {
        { "bulky-waste-collection", 1, "applicant.name=name applicant.address=address" },
        { "child-allowance-certification", 1, "applicant.name=name applicant.birthDate=dateOfBirth applicant.address=address" },
        { "disaster-victim-certificate", 1, "applicant.name=name applicant.birthDate=dateOfBirth applicant.address=address" },
        { "dog-registration", 1, "owner.name=name owner.birthDate=dateOfBirth owner.address=address" },
        { "long-term-care-certification", 1, "insured.name=name insured.birthDate=dateOfBirth insured.sex=sex insured.address=address" },
        { "moving-out-notification", 1, "current.address=address" },
        { "moving-out-notification", 2, "current.address=address" },
        { "nursery-application", 1, "guardian.name=name guardian.birthDate=dateOfBirth guardian.address=address" },
        { "pregnancy-notification", 1, "mother.name=name mother.birthDate=dateOfBirth mother.address=address" },
    };

    [Theory]
    [MemberData(nameof(Hints))]
    public void Every_forms_prefill_hints_load_on_the_applicants_own_fields(string formId, int version, string expected)
    {
        var form = FormCatalog.Embedded().Get(formId, version);

        var hints = string.Join(' ', form.Fields.Where(f => f.Prefill is not null).Select(f => $"{f.Name}={f.Prefill}"));

        Assert.Equal(expected, hints);
        Assert.DoesNotContain(form.Fields, f => f.Kind == FieldKinds.PostalCode && f.Prefill is not null);
    }

    [Fact]
    public void Every_version_of_every_form_is_covered_by_the_table()
    {
        Assert.Equal(FormCatalog.Embedded().All.Count, Hints.Count);
    }

    public static readonly TheoryData<string, string> Broken = new()
    {
        { "an unknown profile item", """{ "name": "name", "label": "氏名", "kind": "text", "prefill": "individualNumber" }""" },
        { "the date of birth on a text field", """{ "name": "name", "label": "氏名", "kind": "text", "prefill": "dateOfBirth" }""" },
        { "the name on a date field", """{ "name": "born", "label": "生年月日", "kind": "date", "prefill": "name" }""" },
        { "the name on a katakana field", """{ "name": "name", "label": "フリガナ", "kind": "katakana", "prefill": "name" }""" },
        { "the sex on a text field", """{ "name": "name", "label": "性別", "kind": "text", "prefill": "sex" }""" },
        { "the sex on a select without male and female", """{ "name": "sex", "label": "性別", "kind": "select", "prefill": "sex", "options": [ { "value": "m", "label": "男" }, { "value": "f", "label": "女" } ] }""" },
        { "a hint inside a group", """{ "name": "kids", "label": "子", "kind": "group", "group": { "itemLabel": "{n}人目", "fields": [ { "name": "name", "label": "氏名", "kind": "text", "prefill": "name" } ] } }""" },
        { "one item into two fields", """{ "name": "name", "label": "氏名", "kind": "text", "prefill": "address" }, { "name": "other", "label": "住所", "kind": "text", "prefill": "address" }""" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_hint_that_does_not_fit_its_field_is_refused_on_load(string because, string fields)
    {
        var e = Assert.Throws<InvalidDataException>(() => Read(fields));

        Assert.Contains("prefill hint", e.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(because));
    }

    [Fact]
    public void Fitting_hints_load()
    {
        var form = Read("""
            { "name": "name", "label": "氏名", "kind": "text", "prefill": "name" },
            { "name": "other", "label": "住所", "kind": "multiline", "prefill": "address" },
            { "name": "born", "label": "生年月日", "kind": "date", "prefill": "dateOfBirth" },
            { "name": "sex", "label": "性別", "kind": "select", "prefill": "sex", "options": [ { "value": "male", "label": "男" }, { "value": "female", "label": "女" } ] }
            """);

        Assert.Equal(["name", "address", "dateOfBirth", "sex"], form.Fields.Select(f => f.Prefill));
    }

    public static readonly TheoryData<string, string?> Sexes = new()
    {
        { "1", "male" },
        { "2", "female" },
        { "9", null },
    };

    [Theory]
    [MemberData(nameof(Sexes))]
    public void The_cards_sex_code_becomes_the_fields_option_value_and_not_applicable_fills_nothing(string code, string? expected)
    {
        var form = FormCatalog.Embedded().GetLatest("long-term-care-certification");

        var (patch, filled) = ProfileFill.Of(form, [], Profile with { Sex = code });

        Assert.Equal(expected, patch["insured"]?["sex"]?.GetValue<string>());
        Assert.Equal(expected is not null, filled.Contains("insured.sex"));
    }

    [Fact]
    public void Only_empty_fields_are_filled_dates_in_iso_and_a_typed_answer_is_kept()
    {
        var form = FormCatalog.Embedded().GetLatest("child-allowance-certification");
        var answers = JsonNode.Parse("""{ "applicant": { "name": "山田 一郎", "address": "  " }, "hasSpouse": false }""")!.AsObject();

        var (patch, filled) = ProfileFill.Of(form, answers, Profile);

        Assert.Equal(["applicant.birthDate", "applicant.address"], filled);
        Assert.Equal("""{"applicant":{"birthDate":"1990-04-01","address":"東京都千代田区霞が関2-1-2"}}""", patch.ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void A_non_object_answer_on_the_way_is_never_replaced()
    {
        var form = FormCatalog.Embedded().GetLatest("bulky-waste-collection");

        var (patch, filled) = ProfileFill.Of(form, JsonNode.Parse("""{ "applicant": "山田" }""")!.AsObject(), Profile);

        Assert.Empty(filled);
        Assert.Empty(patch);
    }

    private static FormDefinition Read(string fields) => FormDefinitionReader.Read(new MemoryStream(Encoding.UTF8.GetBytes($$"""
        {
          "id": "test", "version": 1, "procedureId": "test", "title": "テスト",
          "schema": { "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                      "properties": {
                        "name": { "type": "string" }, "other": { "type": "string" }, "born": { "type": "string" },
                        "sex": { "type": "string" },
                        "kids": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" } } } } } },
          "sections": [ { "id": "s", "title": "セクション", "fields": [ {{fields}} ] } ]
        }
        """)), "test.json");
}
