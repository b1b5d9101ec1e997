using System.Diagnostics;
using Portal.Domain.Applications.Submissions;

namespace Portal.Benchmarks;

/// <summary>
/// 電子申請の送信 latency without the card step, per iteration on the real local stack: (1) the submit that answers
/// with the card request, (2) the read that finalizes once the card has signed, (1)+(2), and (3) a whole submission of
/// a procedure needing no signature. Residents, drafts, files and the card's signing (with posting its answer) happen
/// outside the timed regions. Sequential: latency of one request at a time, not throughput.
/// </summary>
public static class SubmissionLatencyReport
{
    public const int DefaultCount = 200;
    private const int WarmUp = 20;

    public static async Task RunAsync(int count)
    {
        var loadBefore = BenchmarkMachine.LoadAverage();
        var started = Stopwatch.GetTimestamp();
        await using var stack = await SubmissionBenchmarkStack.StartAsync();
        Console.WriteLine($"Local stack and fresh database ready in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s; " +
            $"{WarmUp} warm-up iterations, then {count} measured");

        var submit = new List<double>(count);
        var finalize = new List<double>(count);
        var signed = new List<double>(count);
        var unsigned = new List<double>(count);
        for (var i = 0; i < WarmUp + count; i++)
        {
            var (s, f, u) = await IterationAsync(stack);
            if (i >= WarmUp)
            {
                submit.Add(s);
                finalize.Add(f);
                signed.Add(s + f);
                unsigned.Add(u);
            }
        }

        if (stack.SideEffectFailures.Count > 0)
        {
            throw new InvalidOperationException($"{stack.SideEffectFailures.Count} side effects failed (logged, not thrown): the times are not the host's.");
        }

        Console.WriteLine();
        Console.WriteLine($"Machine: {BenchmarkMachine.Describe()}; " +
            $"load average {loadBefore} before, {BenchmarkMachine.LoadAverage()} after (other work on the machine shows in the tail). " +
            "Against the local Cosmos-protocol server and Azurite on the same machine (infra/local), one request at a time. " +
            "Each iteration a new registered resident (e-mail confirmation queued), their own card, one PDF per draft; the card step " +
            "(software-card signature + posting it) is untimed and validates the certificate, so (2) finds it in the validated-certificate " +
            "cache as one host instance would, and still looks up the CRL and verifies the CMS signature.");
        Console.WriteLine();
        Console.WriteLine("| Measure (ms) | n | mean | p50 | p90 | p99 | max |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        Row("(1) signed: submit → pending with the card request", submit);
        Row("(2) signed: finalize after the card signed (GET)", finalize);
        Row("(1)+(2) signed submission without the card step", signed);
        Row("(3) unsigned: whole submission (one submit)", unsigned);
    }

    /// <returns>The three timed regions of one iteration, in milliseconds.</returns>
    private static async Task<(double Submit, double Finalize, double Unsigned)> IterationAsync(SubmissionBenchmarkStack stack)
    {
        var none = CancellationToken.None;
        var resident = await stack.ResidentAsync();
        var service = stack.Service;

        var start = Stopwatch.GetTimestamp();
        var pending = await service.SubmitAsync(resident.Context, Request(resident.SignedDraft.Id), none);
        var submit = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (pending.Submission.IsSubmitted || pending.Submission.CardRequestId is not { } cardRequestId)
        {
            throw new InvalidOperationException("The signed procedure did not wait for the card.");
        }

        await stack.SignAsync(resident, cardRequestId, pending.Submission.CardRequestUserCode!);

        start = Stopwatch.GetTimestamp();
        var done = await service.GetAsync(resident.Context, pending.Submission.Id, none);
        var finalize = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (!done.Submission.IsSubmitted || await stack.DraftExistsAsync(resident.SignedDraft))
        {
            throw new InvalidOperationException("The signed submission was not stored after the card signed.");
        }

        start = Stopwatch.GetTimestamp();
        var stored = await service.SubmitAsync(resident.Context, Request(resident.UnsignedDraft.Id), none);
        var unsigned = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (!stored.Submission.IsSubmitted || await stack.DraftExistsAsync(resident.UnsignedDraft))
        {
            throw new InvalidOperationException("The unsigned procedure was not stored at once.");
        }
        return (submit, finalize, unsigned);
    }

    private static SubmissionRequest Request(string draftId) => new(Guid.NewGuid().ToString("N"), draftId, NotifyByEmail: true, CorrectionOf: null);

    private static void Row(string name, List<double> samples) =>
        Console.WriteLine($"| {name} | {samples.Count} | {samples.Average():F1} | {Percentiles.Of(samples, 0.50):F1} | " +
            $"{Percentiles.Of(samples, 0.90):F1} | {Percentiles.Of(samples, 0.99):F1} | {samples.Max():F1} |");
}
