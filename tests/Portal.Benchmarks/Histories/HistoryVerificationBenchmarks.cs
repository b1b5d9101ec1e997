using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using Portal.Contracts.Canonical;
using Portal.Contracts.Histories;
using Portal.Domain.Histories;

namespace Portal.Benchmarks.Histories;

/// <summary>
/// What a resident's program spends verifying a 10,000-entry 操作履歴 export (issue 16's goal: under 100 ms), side by
/// side with the floor: SHA-256 over the same links with the canonical bytes already made. <c>Verify</c> starts from a
/// parsed export, <c>ReadAndVerify</c> from its JSON text as <c>myna-signer history verify</c> reads it.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class HistoryVerificationBenchmarks
{
    [Params(10_000)]
    public int Entries { get; set; }

    private HistoryExport _export = null!;
    private byte[] _exportJson = [];
    private JsonObject _keySet = null!;
    private byte[][] _canonicalEntries = [];

    [GlobalSetup]
    public void Setup()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var keys = new HistoryKeyRing(Options.Create(new HistoryKeyOptions
        {
            SigningKeys = $"2026-01-01T00:00:00Z {Convert.ToBase64String(key.ExportECPrivateKey())}",
        }));
        var start = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        var hash = HistoryChainHash.Genesis;
        var entries = new List<JsonObject>(Entries);
        for (var sequence = 1; sequence <= Entries; sequence++)
        {
            // The members of an 操作履歴 line, as OperationRecord.ToEntry writes them.
            var entry = new JsonObject
            {
                ["at"] = start.AddMinutes(sequence).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                ["operation"] = sequence % 3 == 0 ? "application.submit" : "login",
                ["target"] = $"A{sequence:D10}",
                ["clientId"] = "portal-chatbot",
                ["actorId"] = "resident",
                ["outcome"] = "succeeded",
                [HistoryChainHash.SequenceMember] = sequence,
            };
            hash = HistoryChainHash.Next(hash, entry);
            entry[HistoryChainHash.HashMember] = hash;
            entries.Add(entry);
        }
        var head = new HistoryHeadSigner(keys, TimeProvider.System).Sign("operations", "bench-resident", Entries, hash);
        _export = new HistoryExport("operations", null, entries, [], head);
        _exportJson = JsonSerializer.SerializeToUtf8Bytes(_export, JsonSerializerOptions.Web);
        _keySet = keys.ToJsonWebKeySet();
        _canonicalEntries = [.. entries.Select(e => JsonCanonicalizer.CanonicalizeWithout(e, HistoryChainHash.HashMember))];
        if (!HistoryVerifier.Verify(_export, _keySet).IsValid)
        {
            throw new InvalidOperationException("The benchmark's export does not verify.");
        }
    }

    [Benchmark(Baseline = true)]
    public byte[] HashLinksOnly()
    {
        var previous = new byte[32];
        foreach (var canonical in _canonicalEntries)
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            sha.AppendData(previous);
            sha.AppendData(canonical);
            previous = sha.GetHashAndReset();
        }
        return previous;
    }

    [Benchmark]
    public bool Verify() => HistoryVerifier.Verify(_export, _keySet).IsValid;

    [Benchmark]
    public bool ReadAndVerify() =>
        HistoryVerifier.Verify(HistoryExportReader.ReadAsync(new MemoryStream(_exportJson), CancellationToken.None).GetAwaiter().GetResult()!, _keySet).IsValid;

    /// <summary>The reading the CLI did before <see cref="HistoryExportReader"/>: a node deserialised per entry.</summary>
    [Benchmark]
    public bool DeserializeEachEntryAndVerify() =>
        HistoryVerifier.Verify(JsonSerializer.Deserialize<HistoryExport>(_exportJson, JsonSerializerOptions.Web)!, _keySet).IsValid;
}
