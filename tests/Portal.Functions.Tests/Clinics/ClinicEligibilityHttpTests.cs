using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Exchanges;
using Portal.Domain.Storage;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Proxies.Acting;
using Portal.Testing.Queues;

namespace Portal.Functions.Tests.Clinics;

/// <summary>
/// オンライン資格確認 over HTTP: a clinic starts a check, the patient completes it at the reader with their own software
/// card through the real signer CLI, and the clinic reads the qualification; 診療・薬剤 and 特定健診 only when the card
/// signed the consent; refused without 利用登録 or qualification, never completed twice; in the patient's やりとり履歴.
/// </summary>
public sealed class ClinicEligibilityHttpTests(ActingFixture fixture) : IClassFixture<ActingFixture>
{
    private AccountsApi Api => fixture.Api;

    private ClinicScenario Scenario => new(Api, fixture.Pki);

    private Task WrittenAsync() => QueueDrain.UntilEmptyAsync(
        Api.Host.Services.GetRequiredService<StorageAccount>().Queue(Api.Host.Services.GetRequiredService<ExchangeOutbox>().QueueName),
        TimeSpan.FromSeconds(60));

    [Fact]
    public async Task A_patient_completes_the_check_with_their_card_and_the_clinic_reads_the_whole_qualification_but_no_medication_by_default()
    {
        var patient = await Scenario.PatientAsync();
        await Scenario.InsuredAsync(patient.AccountId);
        await Scenario.RegisteredAsync(patient.Token);
        var clinic = await Scenario.ClinicTokenAsync();
        var started = await Scenario.StartAsync(clinic);
        var id = started.GetProperty("id").GetString()!;
        var pending = await AccountsApi.ExpectAsync(await Scenario.ReadAsync(clinic, id), 200);

        var run = await Scenario.AnswerAsync(started, patient.Card, consent: null);

        Assert.Equal("pending", pending.GetProperty("state").GetString());
        // Before the PIN the patient saw who asks and was asked the consent question.
        Assert.Contains("霞が関クリニック", run.Output, StringComparison.Ordinal);
        Assert.Contains("薬剤情報・特定健診情報の提供に同意する", run.Output, StringComparison.Ordinal);
        var response = await Scenario.ReadAsync(clinic, id);
        var check = await AccountsApi.ExpectAsync(response, 200);
        Assert.Equal("completed", check.GetProperty("state").GetString());
        Assert.False(check.GetProperty("consented").GetBoolean());
        var patientView = check.GetProperty("patient");
        Assert.Equal("保険 花子", patientView.GetProperty("name").GetString());
        Assert.Equal("1985-05-05", patientView.GetProperty("dateOfBirth").GetString());
        Assert.Equal(ClinicScenario.InsuredNumber, patientView.GetProperty("qualification").GetProperty("insuredNumber").GetString());
        Assert.Equal("01130012", patientView.GetProperty("qualification").GetProperty("insurerNumber").GetString());
        Assert.False(patientView.TryGetProperty("medication", out _));
        Assert.False(patientView.TryGetProperty("healthCheckups", out _));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task With_the_consent_the_card_signed_the_clinic_also_gets_the_medication_and_health_check_records()
    {
        var patient = await Scenario.PatientAsync("同意 花子");
        await Scenario.InsuredAsync(patient.AccountId);
        await Scenario.RegisteredAsync(patient.Token);
        var clinic = await Scenario.ClinicTokenAsync();
        var started = await Scenario.StartAsync(clinic);

        await Scenario.AnswerAsync(started, patient.Card, consent: true);

        var check = await AccountsApi.ExpectAsync(await Scenario.ReadAsync(clinic, started.GetProperty("id").GetString()!), 200);
        Assert.True(check.GetProperty("consented").GetBoolean());
        var medication = Assert.Single(check.GetProperty("patient").GetProperty("medication").EnumerateArray());
        Assert.Equal("アムロジピン錠5mg 30日分", medication.GetProperty("data").GetProperty("summary").GetString());
        var checkup = Assert.Single(check.GetProperty("patient").GetProperty("healthCheckups").EnumerateArray());
        Assert.Equal("特定健診 血圧 128/82", checkup.GetProperty("data").GetProperty("summary").GetString());
    }

    [Fact]
    public async Task A_yes_posted_over_a_signature_of_the_no_document_is_refused_and_gives_the_clinic_nothing()
    {
        var patient = await Scenario.PatientAsync("改ざん 花子");
        await Scenario.InsuredAsync(patient.AccountId);
        await Scenario.RegisteredAsync(patient.Token);
        var clinic = await Scenario.ClinicTokenAsync();
        var started = await Scenario.StartAsync(clinic);
        var link = new Uri(started.GetProperty("cardRequest").GetProperty("signerLink").GetString()!);
        // A relay that turns the patient's "no" into "yes" on the way: the card's signature is over the no document.
        using var relay = new HttpClient(new FlipConsent(Api.Host.Factory.Server.CreateHandler())) { BaseAddress = Api.Client.BaseAddress };

        var run = await Portal.Testing.Signing.RealSigner.RunAsync(relay,
            ["sign", link.ToString(), "--card", patient.Card],
            $"{started.GetProperty("cardRequest").GetProperty("userCode").GetString()}\n\n{Identity.IdentityPki.AuthPin}\n{Identity.IdentityPki.SignPin}\n");

        Assert.NotEqual(0, run.ExitCode);
        var check = await AccountsApi.ExpectAsync(await Scenario.ReadAsync(clinic, started.GetProperty("id").GetString()!), 200);
        Assert.Equal("pending", check.GetProperty("state").GetString());
        Assert.False(check.TryGetProperty("patient", out _));
    }

    [Fact]
    public async Task Once_completed_a_second_card_cannot_complete_it_again()
    {
        var first = await Scenario.PatientAsync("一番 花子");
        await Scenario.InsuredAsync(first.AccountId);
        await Scenario.RegisteredAsync(first.Token);
        var second = await Scenario.PatientAsync("二番 太郎");
        await Scenario.InsuredAsync(second.AccountId);
        await Scenario.RegisteredAsync(second.Token);
        var clinic = await Scenario.ClinicTokenAsync();
        var started = await Scenario.StartAsync(clinic);
        await Scenario.AnswerAsync(started, first.Card, consent: false);

        var again = await Scenario.PresentAsync(started, second.Card, consent: true);

        Assert.NotEqual(0, again.ExitCode);
        var check = await AccountsApi.ExpectAsync(await Scenario.ReadAsync(clinic, started.GetProperty("id").GetString()!), 200);
        Assert.Equal("一番 花子", check.GetProperty("patient").GetProperty("name").GetString());
        Assert.False(check.GetProperty("consented").GetBoolean());
    }

    public static TheoryData<bool, bool, string> Refusals => new()
    {
        // registered, insured → refusal
        { false, true, "not-registered" },
        { true, false, "no-qualification" },
        { false, false, "not-registered" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_card_without_registration_or_qualification_is_refused_with_no_personal_data(bool registered, bool insured, string refusal)
    {
        var patient = await Scenario.PatientAsync("拒否 花子");
        if (insured)
        {
            await Scenario.InsuredAsync(patient.AccountId);
        }
        if (registered)
        {
            await Scenario.RegisteredAsync(patient.Token);
        }
        var clinic = await Scenario.ClinicTokenAsync();
        var started = await Scenario.StartAsync(clinic);
        await Scenario.AnswerAsync(started, patient.Card, consent: true);

        var response = await Scenario.ReadAsync(clinic, started.GetProperty("id").GetString()!);

        var check = await AccountsApi.ExpectAsync(response, 200);
        Assert.Equal("refused", check.GetProperty("state").GetString());
        Assert.Equal(refusal, check.GetProperty("refusal").GetString());
        Assert.Matches(@"\p{IsHiragana}", check.GetProperty("refusalMessage").GetString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("拒否", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ClinicScenario.InsuredNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain("1985", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unanswered_check_is_refused_as_expired_after_its_card_request_runs_out()
    {
        var started = await Scenario.StartAsync(await Scenario.ClinicTokenAsync());

        Api.Clock.Advance(TimeSpan.FromMinutes(30));
        var later = await Scenario.ClinicTokenAsync();
        var check = await AccountsApi.ExpectAsync(await Scenario.ReadAsync(later, started.GetProperty("id").GetString()!), 200);

        Assert.Equal("refused", check.GetProperty("state").GetString());
        Assert.Equal("expired", check.GetProperty("refusal").GetString());
    }

    [Fact]
    public async Task The_patient_sees_the_check_in_their_exchange_history_and_another_resident_does_not()
    {
        var patient = await Scenario.PatientAsync("履歴 花子");
        await Scenario.InsuredAsync(patient.AccountId);
        await Scenario.RegisteredAsync(patient.Token);
        var (_, other, _) = await Api.RegisteredAsync();
        var clinic = await Scenario.ClinicTokenAsync();
        var started = await Scenario.StartAsync(clinic);
        await Scenario.AnswerAsync(started, patient.Card, consent: true);
        AccountsApi.Expect(await Scenario.ReadAsync(clinic, started.GetProperty("id").GetString()!), 200);

        await WrittenAsync();

        var mine = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/exchanges", patient.Token), 200);
        var entry = Assert.Single(mine.GetProperty("items").EnumerateArray(), e => e.GetProperty("kind").GetString() == "eligibility-check");
        Assert.Equal("霞が関クリニック", entry.GetProperty("requester").GetProperty("name").GetString());
        // The institution by its 医療機関コード, as an insurer by its 保険者番号: not the client it happened to use.
        Assert.Equal("clinic-1310000001", entry.GetProperty("requester").GetProperty("body").GetString());
        Assert.Equal("provided", entry.GetProperty("outcome").GetString());
        Assert.Contains("medication", entry.GetRawText(), StringComparison.Ordinal);
        var theirs = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/exchanges", other), 200);
        Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), e => e.GetProperty("kind").GetString() == "eligibility-check");
    }

    [Fact]
    public async Task Another_clinic_cannot_read_the_check_and_learns_nothing()
    {
        var patient = await Scenario.PatientAsync("別院 花子");
        await Scenario.InsuredAsync(patient.AccountId);
        await Scenario.RegisteredAsync(patient.Token);
        var clinic = await Scenario.ClinicTokenAsync();
        var other = await Scenario.ClinicTokenAsync("clinic-other", "別の医院", "1310000002");
        var started = await Scenario.StartAsync(clinic);
        var id = started.GetProperty("id").GetString()!;
        await Scenario.AnswerAsync(started, patient.Card, consent: true);

        var theirs = await Scenario.ReadAsync(other, id);
        var unknown = await Scenario.ReadAsync(other, "AAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(await AccountsApi.ProblemTypeAsync(unknown), await AccountsApi.ProblemTypeAsync(theirs));
        Assert.DoesNotContain("別院", await theirs.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("completed", (await AccountsApi.ExpectAsync(await Scenario.ReadAsync(clinic, id), 200)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Resident_and_agency_tokens_and_a_clinic_token_without_the_scope_are_refused_on_the_clinic_endpoints()
    {
        var (_, resident, _) = await Api.RegisteredAsync();
        var agency = await Portal.Functions.Tests.Notices.Agency.AgencyNoticeApiHost.AgencyTokenAsync(
            Api.Host.Services, "clinic-iso-agency", "千代田区", new Portal.Domain.Identity.Clients.AgencyBinding("131016", null));
        var unscoped = await Scenario.ClinicTokenAsync("clinic-unscoped", "スコープなし医院", "1310000003", "portal");
        var clinic = await Scenario.ClinicTokenAsync();
        var id = (await Scenario.StartAsync(clinic)).GetProperty("id").GetString()!;

        foreach (var token in new[] { resident, agency, null })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Api.SendAsync(HttpMethod.Post, "/api/clinic/eligibility-checks", token)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await Scenario.ReadAsync(token!, id)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.SendAsync(HttpMethod.Post, "/api/clinic/eligibility-checks", unscoped)).StatusCode);
    }

    /// <summary>Turns the signer's posted <c>consented: false</c> into true, as a clinic forging consent would.</summary>
    private sealed class FlipConsent(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post && request.Content is not null)
            {
                var body = await request.Content.ReadAsStringAsync(cancellationToken);
                if (body.Contains("\"consented\":false", StringComparison.Ordinal))
                {
                    request.Content = new StringContent(body.Replace("\"consented\":false", "\"consented\":true", StringComparison.Ordinal),
                        System.Text.Encoding.UTF8, "application/json");
                }
            }
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
