using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Contracts.CardRequests;
using Portal.Domain.Errors;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Privacy;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.CardRequests;

/// <summary>
/// Creates card requests for the features that need the card, shows them to the signer, and accepts the signer's
/// answer at most once. A refused answer writes nothing but the failed-attempt record; the third one burns the request.
/// </summary>
/// <param name="validator">Resolved on first completion only (the trust anchors are loaded by then), so a host without
/// identity configuration still starts, and its missing configuration surfaces as a clear error when a card request is completed.</param>
public sealed class CardRequestService(
    CardRequestRepository repository,
    Func<CertificateValidator> validator,
    ClientRegistry clients,
    ICardHolders cardHolders,
    IOptions<CardRequestOptions> options,
    IOptions<TokenOptions> tokenOptions,
    TimeProvider clock,
    ILogger<CardRequestService>? logger = null)
{
    /// <summary>Documents stay this long after expiry, so the asking feature can still take the outcome; then TTL removes them.</summary>
    private static readonly TimeSpan Retention = TimeSpan.FromMinutes(5);

    private const int WriteAttempts = 5;

    private readonly ILogger _logger = logger ?? NullLogger<CardRequestService>.Instance;

    public Task<StartedCardRequest> CreateLoginAsync(NewCardRequest request, CancellationToken cancellationToken) =>
        CreateAsync(request, CardRequestPurposes.Login, null, null,
            draft => draft with { DataToSign = Convert.ToBase64String(ChallengeOf(draft, CardRequestPurposes.Login)) }, cancellationToken);

    /// <param name="documentDigest">SHA-256 of the canonical application document that the CMS SignedData will carry.</param>
    /// <param name="signing">The procedure, the receiving body and what is signed, in words the signer shows.</param>
    /// <param name="signerAccountId">The account that submits (the actor): the same card session must answer
    /// <see cref="CardRequest.AuthenticationChallenge"/> with a card that account signs in with, so a signature made with
    /// another person's card is refused.</param>
    public Task<StartedCardRequest> CreateSignAsync(NewCardRequest request, byte[] documentDigest, CardRequestSigning signing,
        string signerAccountId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signing);
        ArgumentException.ThrowIfNullOrEmpty(signerAccountId);
        return CreateAsync(request, CardRequestPurposes.Sign, signing, signerAccountId,
            draft => draft with
            {
                DataToSign = Convert.ToBase64String(SigningAttributes.Create(documentDigest, draft.CreatedAt, draft.Id, draft.Audience, draft.Nonce)),
                AuthenticationChallenge = Convert.ToBase64String(ChallengeOf(draft, CardRequestPurposes.Sign)),
            }, cancellationToken);
    }

    /// <summary>
    /// A sign request for a card whose account is not known in advance (someone accepting what another resident
    /// started): the same card session must still answer <see cref="CardRequest.AuthenticationChallenge"/>, and the
    /// outcome names that authentication certificate (<see cref="CardRequestOutcome.AuthenticationIssuer"/>), so the
    /// asking feature finds the account by it and decides whether that card may answer.
    /// </summary>
    public Task<StartedCardRequest> CreateSignForAnyCardAsync(NewCardRequest request, byte[] documentDigest, CardRequestSigning signing,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signing);
        return CreateAsync(request, CardRequestPurposes.Sign, signing, null,
            draft => draft with
            {
                DataToSign = Convert.ToBase64String(SigningAttributes.Create(documentDigest, draft.CreatedAt, draft.Id, draft.Audience, draft.Nonce)),
                AuthenticationChallenge = Convert.ToBase64String(ChallengeOf(draft, CardRequestPurposes.Sign)),
                AnyCard = true,
            }, cancellationToken);
    }

    /// <summary>
    /// <see cref="CreateSignForAnyCardAsync"/> with a yes/no question (<see cref="CardRequestSigning.ConsentQuestion"/>)
    /// whose answer the card signs: <paramref name="documentDigest"/> is the document saying no (the default),
    /// <paramref name="consentDocumentDigest"/> the one saying yes. The outcome says which one the card signed.
    /// </summary>
    public Task<StartedCardRequest> CreateSignForAnyCardWithConsentAsync(NewCardRequest request, byte[] documentDigest,
        byte[] consentDocumentDigest, CardRequestSigning signing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signing);
        ArgumentException.ThrowIfNullOrWhiteSpace(signing.ConsentQuestion);
        return CreateAsync(request, CardRequestPurposes.Sign, signing, null,
            draft => draft with
            {
                DataToSign = Convert.ToBase64String(SigningAttributes.Create(documentDigest, draft.CreatedAt, draft.Id, draft.Audience, draft.Nonce)),
                ConsentDataToSign = Convert.ToBase64String(
                    SigningAttributes.Create(consentDocumentDigest, draft.CreatedAt, draft.Id, draft.Audience, draft.Nonce)),
                AuthenticationChallenge = Convert.ToBase64String(ChallengeOf(draft, CardRequestPurposes.Sign)),
                AnyCard = true,
            }, cancellationToken);
    }

    public Task<StartedCardRequest> CreatePrefillAsync(NewCardRequest request, CancellationToken cancellationToken) =>
        CreateAsync(request with { KnownCertificate = null }, CardRequestPurposes.Prefill, null, null, draft => draft, cancellationToken);

    /// <summary>What the signer shows before it asks for the code: who asks, from where, what for; nothing to sign yet.</summary>
    /// <exception cref="CardRequestNotFoundException">Unknown.</exception>
    /// <exception cref="CardRequestRefusedException">Expired or already used.</exception>
    public async Task<CardRequestView> GetViewAsync(string id, CancellationToken cancellationToken) =>
        ViewOf((await ReadAnswerableAsync(id, clock.GetUtcNow(), cancellationToken)).Document, withData: false);

    /// <summary>
    /// Checks the code the resident typed into the signer against the one shown where the request was started, and
    /// answers what to sign. A wrong code counts as a refused answer: the third burns the request. Confirming again
    /// with the right code answers the same (the signer may be restarted).
    /// </summary>
    /// <exception cref="CardRequestNotFoundException">Unknown.</exception>
    /// <exception cref="CardRequestRefusedException">Expired, used, or the wrong code.</exception>
    public async Task<CardRequestView> ConfirmCodeAsync(string id, string? typed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = await ReadAnswerableAsync(id, now, cancellationToken);
        if (!UserCodes.Matches(stored.Document.UserCodeHash, typed))
        {
            await RecordFailureAsync(stored, nameof(CardRequestRefusal.WrongCode), now, cancellationToken);
            throw new CardRequestRefusedException(CardRequestRefusal.WrongCode, "the code does not match.");
        }
        for (var attempt = 0; stored.Document.CodeConfirmedAt is null; attempt++)
        {
            try
            {
                stored = await repository.ReplaceAsync(stored.Document with { CodeConfirmedAt = now }, stored.ETag, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < WriteAttempts)
            {
                stored = await ReadAnswerableAsync(id, now, cancellationToken);
            }
        }
        return ViewOf(stored.Document, withData: true);
    }

    /// <summary>
    /// Accepts a login or sign answer: the certificate chains to the purpose's CA with the right key usage, is valid
    /// now and not on the current CRL, and the signature is the card's over SHA-256 of dataToSign.
    /// </summary>
    /// <exception cref="CardRequestNotFoundException">Unknown.</exception>
    /// <exception cref="CardRequestRefusedException">Expired, used, wrong purpose, malformed.</exception>
    /// <exception cref="CertificateRefusedException">The certificate or the signature is refused.</exception>
    public async Task CompleteWithSignatureAsync(string id, CardSignatureSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var now = clock.GetUtcNow();
        var stored = await ReadAnswerableAsync(id, now, cancellationToken);
        var request = stored.Document;
        CardRequestOutcome outcome;
        try
        {
            if (request.Purpose is not (CardRequestPurposes.Login or CardRequestPurposes.Sign))
            {
                throw new CardRequestRefusedException(CardRequestRefusal.WrongPurpose, $"a signature was posted to a {request.Purpose} request.");
            }
            EnsureCodeConfirmed(request);
            var signature = SubmissionParser.Decode(submission.Signature, "signature");
            var posted = submission.Certificate is null ? null : SubmissionParser.Decode(submission.Certificate, "certificate");
            var certificateDer = CertificateOf(request, posted);
            var login = request.Purpose == CardRequestPurposes.Login;
            var verifier = validator();
            var authentication = login ? null : await EnsureSubmittersCardAsync(request, submission, verifier, now, cancellationToken);
            var certificate = verifier.Validate(certificateDer, login ? CertificatePurpose.Authentication : CertificatePurpose.Signing, now);
            // A yes is a signature over the document that says yes: the answer cannot be flipped after the card signed.
            var consented = submission.Consented && request.ConsentDataToSign is not null;
            verifier.EnsureSignature(certificate, Convert.FromBase64String(consented ? request.ConsentDataToSign! : request.DataToSign!), signature);
            outcome = new CardRequestOutcome(now, certificate.Issuer, certificate.SerialNumber,
                Certificate: login ? submission.Certificate : Convert.ToBase64String(certificateDer),
                Signature: login ? null : Convert.ToBase64String(signature),
                AuthenticationIssuer: authentication?.Issuer, AuthenticationSerialNumber: authentication?.SerialNumber,
                Consented: consented,
                CertificateNotAfter: certificate.NotAfter);
        }
        catch (Exception e) when (IsAnswerRefusal(e))
        {
            await RecordFailureAsync(stored, ReasonOf(e), now, cancellationToken);
            throw;
        }
        await CompleteAsync(stored, outcome, cancellationToken);
    }

    /// <summary>Accepts the basic 4 items for a prefill request. They are kept until <see cref="TakeOutcomeAsync"/>.</summary>
    /// <exception cref="IndividualNumberRefusedException">The name or address holds something like an individual number.</exception>
    public async Task CompleteWithPrefillAsync(string id, PrefillSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var now = clock.GetUtcNow();
        var stored = await ReadAnswerableAsync(id, now, cancellationToken);
        BasicFourItems items;
        try
        {
            if (stored.Document.Purpose != CardRequestPurposes.Prefill)
            {
                throw new CardRequestRefusedException(CardRequestRefusal.WrongPurpose, $"card items were posted to a {stored.Document.Purpose} request.");
            }
            EnsureCodeConfirmed(stored.Document);
            items = SubmissionParser.ItemsOf(submission);
        }
        catch (CardRequestRefusedException e)
        {
            await RecordFailureAsync(stored, ReasonOf(e), now, cancellationToken);
            throw;
        }
        // The AP's basic 4 items hold no individual number: anything that looks like one is refused (422, with the
        // reason) before it is stored, so it never reaches the document, the asking feature or a log.
        IndividualNumberGuard.EnsureNone(items.Name, "name");
        IndividualNumberGuard.EnsureNone(items.Address, "address");
        await CompleteAsync(stored, new CardRequestOutcome(now, Prefill: items), cancellationToken);
    }

    /// <summary>
    /// The outcome of a completed request, for the feature that asked (null while pending). Prefill items are handed
    /// out once: they are removed from the document as they are taken.
    /// </summary>
    /// <exception cref="CardRequestNotFoundException">Unknown (or removed by TTL).</exception>
    public async Task<CardRequestOutcome?> TakeOutcomeAsync(string id, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var stored = await FindAsync(id, cancellationToken);
            var outcome = stored.Document.Outcome;
            if (outcome?.Prefill is null)
            {
                return outcome;
            }
            try
            {
                await repository.ReplaceAsync(stored.Document with { Outcome = outcome with { Prefill = null } }, stored.ETag, cancellationToken);
                return outcome;
            }
            catch (ConcurrencyConflictException) when (attempt < WriteAttempts)
            {
                // Someone else took or changed it: read again; if they took the items, the next read has none.
            }
        }
    }

    private async Task<StartedCardRequest> CreateAsync(NewCardRequest ask, string purpose, CardRequestSigning? signing,
        string? signerAccountId, Func<CardRequest, CardRequest> withData, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ask.ClientName);
        ArgumentException.ThrowIfNullOrWhiteSpace(ask.Description);
        ArgumentNullException.ThrowIfNull(ask.RequestedBy);
        var settings = options.Value;
        if (settings.Lifetime <= TimeSpan.Zero || settings.Lifetime > CardRequestOptions.MaxLifetime)
        {
            throw new InvalidOperationException($"{CardRequestOptions.Section}:{nameof(CardRequestOptions.Lifetime)} must be above zero and at most {CardRequestOptions.MaxLifetime}.");
        }
        var client = await clients.FindAsync(ask.RequestedBy.ClientId, cancellationToken);
        var now = WholeSeconds(clock.GetUtcNow());
        var expires = now + settings.Lifetime;
        var id = RandomTokens.NewRequestId();
        var userCode = UserCodes.New();
        var request = withData(new CardRequest
        {
            Id = id,
            Purpose = purpose,
            ClientName = ask.ClientName,
            Description = ask.Description,
            Requester = new CardRequester(client is { Name.Length: > 0 } ? client.Name : ask.RequestedBy.ClientId, ask.RequestedBy.DeviceKind, now),
            Signing = signing,
            SignerAccountId = signerAccountId,
            UserCodeHash = UserCodes.HashOf(userCode),
            Nonce = RandomTokens.NewNonce(),
            Audience = CardRequestLink.OriginOf(tokenOptions.Value.Issuer),
            CertificateRequired = purpose != CardRequestPurposes.Prefill && ask.KnownCertificate is null,
            ExpectedCertificate = ask.KnownCertificate is null ? null : Convert.ToBase64String(ask.KnownCertificate),
            CreatedAt = now,
            ExpiresAt = expires,
            Context = ask.Context,
            Ttl = (int)Math.Ceiling((settings.Lifetime + Retention).TotalSeconds),
        });
        await repository.CreateAsync(request, cancellationToken);
        _logger.LogInformation("Created {Purpose} card request {RequestRef} expiring at {ExpiresAt:o}", purpose, request.LogReference, expires);
        return new StartedCardRequest(request, UserCodes.Display(userCode));
    }

    private static byte[] ChallengeOf(CardRequest request, string purpose) =>
        new CardChallenge(purpose, request.Id, request.Audience, request.Nonce, request.ExpiresAt).ToBytes();

    private static CardRequestView ViewOf(CardRequest request, bool withData) => new(
        request.Id, request.Purpose, request.ClientName, request.Description, request.Requester, request.Signing,
        CodeRequired: true,
        DataToSign: withData ? request.DataToSign : null,
        AuthenticationChallenge: withData ? request.AuthenticationChallenge : null,
        request.CertificateRequired, request.ExpiresAt,
        ConsentDataToSign: withData ? request.ConsentDataToSign : null);

    private static void EnsureCodeConfirmed(CardRequest request)
    {
        if (request.CodeConfirmedAt is null)
        {
            throw new CardRequestRefusedException(CardRequestRefusal.CodeNotConfirmed, "the code shown where the request was started was not typed.");
        }
    }

    /// <summary>
    /// A sign request is answered in the same card session with the authentication key too: that certificate must be
    /// one the submitting account signs in with, valid and current, and its signature over the challenge must verify.
    /// Otherwise someone else's card is signing this account's application. A request for any card
    /// (<see cref="CardRequest.AnyCard"/>) leaves that check to the asking feature, by the certificate answered.
    /// </summary>
    private async Task<CertificateName> EnsureSubmittersCardAsync(
        CardRequest request, CardSignatureSubmission submission, CertificateValidator verifier, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (submission.AuthenticationSignature is null || submission.AuthenticationCertificate is null || request.AuthenticationChallenge is null)
        {
            throw new CardRequestRefusedException(CardRequestRefusal.MalformedSubmission, "a signature needs the authentication key's answer too.");
        }
        var der = SubmissionParser.Decode(submission.AuthenticationCertificate, "authenticationCertificate");
        var authentication = verifier.Validate(der, CertificatePurpose.Authentication, now);
        verifier.EnsureSignature(authentication, Convert.FromBase64String(request.AuthenticationChallenge),
            SubmissionParser.Decode(submission.AuthenticationSignature, "authenticationSignature"));
        var name = new CertificateName(authentication.Issuer, authentication.SerialNumber);
        if (request.AnyCard)
        {
            return name;
        }
        if (request.SignerAccountId is not { } account || !await cardHolders.HoldsAsync(account, name, cancellationToken))
        {
            throw new CertificateRefusedException(CertificateRefusal.NotTheSubmittersCard, "the card is not one the submitting account signs in with.");
        }
        return name;
    }

    private async Task<Stored<CardRequest>> FindAsync(string id, CancellationToken cancellationToken)
    {
        // Not our id shape: do not even ask the database (and never pass odd characters to it).
        var stored = RandomTokens.IsRequestId(id) ? await repository.FindAsync(id, cancellationToken) : null;
        return stored ?? throw new CardRequestNotFoundException(id);
    }

    /// <summary>The first three checks, in this order: it exists, it has not expired, it is still pending.</summary>
    private async Task<Stored<CardRequest>> ReadAnswerableAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await FindAsync(id, cancellationToken);
        if (stored.Document.IsExpiredAt(now))
        {
            throw new CardRequestRefusedException(CardRequestRefusal.Expired, $"expired at {stored.Document.ExpiresAt:o}.");
        }
        if (stored.Document.IsUsed)
        {
            throw new CardRequestRefusedException(CardRequestRefusal.AlreadyUsed, "it was completed or burned.");
        }
        return stored;
    }

    /// <summary>
    /// The certificate to verify with: the posted one, or the one the portal already holds. When it holds one, a
    /// different posted certificate is not the card this request was made for.
    /// </summary>
    private static byte[] CertificateOf(CardRequest request, byte[]? posted)
    {
        if (request.ExpectedCertificate is null)
        {
            return posted ?? throw new CardRequestRefusedException(CardRequestRefusal.MalformedSubmission, "the certificate is required.");
        }
        var held = Convert.FromBase64String(request.ExpectedCertificate);
        if (posted is not null && !posted.AsSpan().SequenceEqual(held))
        {
            throw new CertificateRefusedException(CertificateRefusal.Untrusted, "not the certificate this request was made for.");
        }
        return held;
    }

    /// <summary>
    /// A refusal of the answer itself counts against the request. Not counted: no current CRL (the portal's own
    /// fault, a 503) and configuration errors, which the resident did not cause.
    /// </summary>
    private static bool IsAnswerRefusal(Exception e) => e switch
    {
        CardRequestRefusedException => true,
        CertificateRefusedException c => c.Refusal != CertificateRefusal.RevocationUnknown,
        _ => false,
    };

    private static string ReasonOf(Exception e) => e switch
    {
        CardRequestRefusedException r => r.Refusal.ToString(),
        CertificateRefusedException c => c.Refusal.ToString(),
        _ => e.GetType().Name,
    };

    /// <summary>Increments the failed-attempt record, and nothing else, retrying when a concurrent write got there first.</summary>
    private async Task RecordFailureAsync(Stored<CardRequest> stored, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < WriteAttempts; attempt++)
        {
            if (stored.Document.State != CardRequestStates.Pending)
            {
                return;
            }
            try
            {
                var failed = stored.Document.FailedAttempts.Add(reason, now);
                await repository.ReplaceAsync(stored.Document with { FailedAttempts = failed }, stored.ETag, cancellationToken);
                _logger.LogInformation("Refused an answer to card request {RequestRef} ({Reason}); {Count} failed so far",
                    stored.Document.LogReference, reason, failed.Count);
                return;
            }
            catch (ConcurrencyConflictException)
            {
                var current = await repository.FindAsync(stored.Document.Id, cancellationToken);
                if (current is null)
                {
                    return;
                }
                stored = current;
            }
        }
        _logger.LogWarning("Could not record a failed attempt on card request {RequestRef} after {Attempts} tries", stored.Document.LogReference, WriteAttempts);
    }

    /// <summary>
    /// Marks it completed with an ETag-conditional replace. Of two concurrent answers only one write matches the
    /// ETag; the other re-reads, finds it completed and is refused as already used.
    /// </summary>
    private async Task CompleteAsync(Stored<CardRequest> stored, CardRequestOutcome outcome, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (stored.Document.IsUsed)
            {
                throw new CardRequestRefusedException(CardRequestRefusal.AlreadyUsed, "another answer completed it first.");
            }
            try
            {
                await repository.ReplaceAsync(stored.Document with { State = CardRequestStates.Completed, Outcome = outcome }, stored.ETag, cancellationToken);
                _logger.LogInformation("Completed {Purpose} card request {RequestRef}", stored.Document.Purpose, stored.Document.LogReference);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < WriteAttempts)
            {
                // Only the failed-attempt record may have changed (a refused concurrent answer): check again.
                stored = await FindAsync(stored.Document.Id, cancellationToken);
            }
        }
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
