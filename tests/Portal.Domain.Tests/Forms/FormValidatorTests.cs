using System.Text.Json.Nodes;
using Portal.Contracts.Errors;
using Portal.Domain.Forms;
using Portal.Testing;

namespace Portal.Domain.Tests.Forms;

public sealed class FormValidatorTests
{
    // 2025-06-01 09:00 in Japan.
    private readonly FormValidator _validator = new(new ManualClock(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)));

    private IReadOnlyList<FieldError> Validate(string formId, Action<JsonObject>? change = null, int? version = null)
    {
        var answers = ValidAnswers.For(formId);
        change?.Invoke(answers);
        var catalog = FormCatalog.Embedded();
        return _validator.Validate(version is { } v ? catalog.Get(formId, v) : catalog.GetLatest(formId), answers);
    }

    [Theory]
    [MemberData(nameof(FormCatalogTests.Forms), MemberType = typeof(FormCatalogTests))]
    public void A_complete_valid_answer_has_no_errors(string formId, string procedureId)
    {
        Assert.Empty(Validate(formId));
        Assert.NotEmpty(procedureId);
        Assert.Equal(100, FormProgress.Of(FormCatalog.Embedded().GetLatest(formId), ValidAnswers.For(formId)).Percent);
    }

    [Theory]
    [MemberData(nameof(FormCatalogTests.Forms), MemberType = typeof(FormCatalogTests))]
    public void An_empty_answer_reports_every_required_field_at_once(string formId, string procedureId)
    {
        var definition = FormCatalog.Embedded().GetLatest(formId);
        var errors = _validator.Validate(definition, new JsonObject());

        var alwaysRequired = definition.Fields.Where(f => (f.Required || f.Group is { Min: > 0 }) && f.ShowWhen is null).ToList();
        Assert.Equal(alwaysRequired.Count, errors.Count);
        Assert.All(errors, e => Assert.Equal(FieldErrorCodes.Required, e.Code));
        Assert.All(errors, e => Assert.EndsWith("してください。", e.Message));
        Assert.NotEmpty(procedureId);
    }

    public static readonly TheoryData<string, string, string, string, string> Invalid = new()
    {
        // form, path, bad value (JSON), expected code, expected message
        { "child-allowance-certification", "applicant.kana", "\"やまだ たろう\"", FieldErrorCodes.Katakana, "フリガナは全角カタカナで入力してください。" },
        { "child-allowance-certification", "applicant.kana", "\"ﾔﾏﾀﾞ ﾀﾛｳ\"", FieldErrorCodes.Katakana, "フリガナは全角カタカナで入力してください。" },
        { "child-allowance-certification", "applicant.postalCode", "\"100-001\"", FieldErrorCodes.PostalCode, "郵便番号は7桁の数字で入力してください（例：100-0014）。" },
        { "nursery-application", "guardian.postalCode", "\"１５００００１\"", FieldErrorCodes.PostalCode, "郵便番号は7桁の数字で入力してください（例：100-0014）。" },
        { "child-allowance-certification", "applicant.phone", "\"12345\"", FieldErrorCodes.Phone, "日中に連絡のとれる電話番号は市外局番から、10桁または11桁の数字で入力してください（例：03-1234-5678）。" },
        { "child-allowance-certification", "applicant.birthDate", "\"1988-02-30\"", FieldErrorCodes.Date, "生年月日は正しい日付を入力してください。" },
        { "child-allowance-certification", "applicant.birthDate", "\"S63.4.2\"", FieldErrorCodes.Date, "生年月日は正しい日付を入力してください。" },
        { "disaster-victim-certificate", "disaster.date", "\"2025-06-02\"", FieldErrorCodes.FutureDate, "被災した日に今日より後の日付は入力できません。" },
        { "child-allowance-certification", "applicant.name", "\"\"", FieldErrorCodes.Required, "氏名を入力してください。" },
        { "child-allowance-certification", "applicant.occupation", "\"astronaut\"", FieldErrorCodes.Option, "職業は選択肢の中から選んでください。" },
        { "long-term-care-certification", "submitter", "null", FieldErrorCodes.Required, "提出する人を選択してください。" },
        { "dog-registration", "keptAtOwnerAddress", "\"はい\"", FieldErrorCodes.Type, "所有者の住所で飼っていますかは「はい」か「いいえ」を選択してください。" },
        { "bulky-waste-collection", "applicant.email", "\"not-an-address\"", FieldErrorCodes.Email, "メールアドレスは正しいメールアドレスの形式で入力してください。" },
        { "disaster-victim-certificate", "copies", "11", FieldErrorCodes.OutOfRange, "必要な通数は入力できる範囲を超えています。" },
        { "disaster-victim-certificate", "copies", "1.5", FieldErrorCodes.Type, "必要な通数は数字で入力してください。" },
        { "pregnancy-notification", "mother.address", "\"" + new string('あ', 201) + "\"", FieldErrorCodes.TooLong, "住所は200文字以内で入力してください。" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Each_kind_of_invalid_answer_is_reported_in_plain_japanese(string formId, string path, string value, string code, string message)
    {
        var errors = Validate(formId, a => Set(a, path, JsonNode.Parse(value)));

        var error = Assert.Single(errors);
        Assert.Equal((path, code, message), (error.Path, error.Code, error.Message));
    }

    public static readonly TheoryData<string, string, string, string> ConditionalShown = new()
    {
        // form, the answer that shows it (path=JSON), the field now required, its message
        { "child-allowance-certification", "usePublicFundsAccount=false", "bank.name", "金融機関名を入力してください。" },
        { "nursery-application", "reason=\"illness\"", "illnessDetail", "疾病・障害の状況を入力してください。" },
        { "long-term-care-certification", "applicationType=\"change\"", "currentLevel", "現在の要介護状態区分を選択してください。" },
        { "moving-out-notification", "submitter=\"agent\"", "agent.delegation", "委任状を添付してください。" },
        { "disaster-victim-certificate", "disaster.type=\"flood\"", "damage.floodDepthCm", "浸水の深さ（床面からのセンチメートル）を入力してください。" },
        { "pregnancy-notification", "multiplePregnancy=true", "fetusCount", "胎児の数を入力してください。" },
        { "dog-registration", "rabies.vaccinated=true", "rabies.certificate", "注射済証明書を添付してください。" },
        { "bulky-waste-collection", "collection.placement=\"other\"", "collection.placementDetail", "出す場所の説明を入力してください。" },
    };

    [Theory]
    [MemberData(nameof(ConditionalShown))]
    public void A_conditional_field_is_required_only_when_it_is_shown(string formId, string trigger, string path, string message)
    {
        var (triggerPath, triggerValue) = (trigger[..trigger.IndexOf('=')], JsonNode.Parse(trigger[(trigger.IndexOf('=') + 1)..]));

        var errors = Validate(formId, a => Set(a, triggerPath, triggerValue));

        Assert.Contains(errors, e => e.Path == path && e.Code == FieldErrorCodes.Required && e.Message == message);
        Assert.DoesNotContain(Validate(formId), e => e.Path == path);
    }

    [Fact]
    public void A_hidden_field_is_neither_required_nor_checked()
    {
        // bank.* are hidden while the 公金受取口座 is used: a bad kana there does not count.
        var errors = Validate("child-allowance-certification", a => Set(a, "bank.holderKana", "abc"));

        Assert.Empty(errors);
    }

    [Fact]
    public void Each_item_of_a_repeatable_group_is_checked_and_named_by_its_number()
    {
        var errors = Validate("child-allowance-certification", a => a["children"] = JsonNode.Parse("""
            [ { "name": "山田 一郎", "kana": "ヤマダ イチロウ", "birthDate": "2025-05-20", "relationship": "child", "livesTogether": true },
              { "name": "山田 二郎", "kana": "やまだ じろう", "birthDate": "2026-01-01", "relationship": "child", "livesTogether": false } ]
            """));

        Assert.Equal(
            [
                ("children[1].kana", FieldErrorCodes.Katakana, "2人目の児童のフリガナは全角カタカナで入力してください。"),
                ("children[1].birthDate", FieldErrorCodes.FutureDate, "2人目の児童の生年月日に今日より後の日付は入力できません。"),
                ("children[1].separateAddress", FieldErrorCodes.Required, "2人目の児童の児童の住所を入力してください。"),
            ],
            errors.Select(e => (e.Path, e.Code, e.Message)));
    }

    [Fact]
    public void A_group_needs_at_least_its_minimum_and_at_most_its_maximum()
    {
        var none = Validate("bulky-waste-collection", a => a["items"] = new JsonArray());
        var many = Validate("bulky-waste-collection", a => a["items"] = new JsonArray(
            Enumerable.Range(0, 11).Select(_ => JsonNode.Parse("""{ "category": "bedding", "name": "ふとん", "quantity": 1 }""")).ToArray()));

        Assert.Equal(("items", FieldErrorCodes.Required, "出すものを1件以上入力してください。"), Single(none));
        Assert.Equal(("items", FieldErrorCodes.TooManyItems, "出すものは10件まで入力できます。"), Single(many));
    }

    [Fact]
    public void All_errors_are_returned_together_in_form_order()
    {
        var errors = Validate("nursery-application", a =>
        {
            Set(a, "guardian.kana", "sato");
            Set(a, "guardian.postalCode", "15-1");
            Set(a, "guardian.phone", "phone");
            Set(a, "children", JsonNode.Parse("""[ { "name": "佐藤 陽", "kana": "サトウ ハル", "birthDate": "2024-04-01", "hasAllergy": true, "needsSpecialCare": false } ]"""));
            Set(a, "reason", "nap");
            Set(a, "desiredStartDate", "2025/10/01");
            a.Remove("preference1");
        });

        Assert.Equal(
            ["guardian.kana", "guardian.postalCode", "guardian.phone", "children[0].allergyDetail", "reason", "desiredStartDate", "preference1"],
            errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Contains(e.Message, c => c > '\u3000'));
    }

    [Fact]
    public void Answers_that_are_not_an_object_are_one_error()
    {
        var errors = _validator.Validate(FormCatalog.Embedded().GetLatest("dog-registration"), JsonNode.Parse("[1]"));

        Assert.Equal(FieldErrorCodes.Type, Assert.Single(errors).Code);
    }

    [Fact]
    public void An_application_is_checked_against_the_version_it_was_filled_against()
    {
        Assert.Empty(Validate("moving-out-notification", a => Set(a, "contact.email", "x"), version: 1));
        Assert.Equal(FieldErrorCodes.Email, Assert.Single(Validate("moving-out-notification", a => Set(a, "contact.email", "x"), version: 2)).Code);
    }

    [Fact]
    public void Progress_counts_the_required_fields_that_are_shown()
    {
        var definition = FormCatalog.Embedded().GetLatest("dog-registration");
        var answers = ValidAnswers.For("dog-registration");
        answers["dog"]!.AsObject().Remove("color");
        Set(answers, "rabies.vaccinated", true);

        var progress = FormProgress.Of(definition, answers);

        // 6 owner fields + 7 dog + 1 place + 1 vaccinated + 2 shown by it = 17; color, date and certificate missing.
        Assert.Equal(new FormProgress(14, 17), progress);
    }

    private static (string, string, string) Single(IReadOnlyList<FieldError> errors)
    {
        var e = Assert.Single(errors);
        return (e.Path, e.Code, e.Message);
    }

    private static void Set(JsonObject answers, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = answers;
        foreach (var part in parts[..^1])
        {
            node = (node[part] ??= new JsonObject()).AsObject();
        }
        node[parts[^1]] = value;
    }
}
