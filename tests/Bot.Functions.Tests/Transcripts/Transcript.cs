using System.Text;
using Xunit.Abstractions;

namespace Bot.Functions.Tests.Transcripts;

/// <summary>
/// The conversation so far, as it reads: who said what on which channel. Printed when a transcript test fails, so
/// the failure reads like the conversation; it holds test data only (no tokens, no link addresses).
/// </summary>
public sealed class Transcript
{
    private readonly List<string> _lines = [];
    private readonly Lock _gate = new();

    public void Resident(string channel, string said) => Add($"{channel,-8} 住民: {said}");

    public void Note(string what) => Add($"         -- {what}");

    public void Bot(string channel, IEnumerable<ChatMessage> messages)
    {
        foreach (var message in messages)
        {
            Add($"{channel,-8} ボット: {message.ToString().Replace("\n", " ⏎ ", StringComparison.Ordinal)}");
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return new StringBuilder().AppendJoin('\n', _lines).ToString();
        }
    }

    /// <summary>Runs a test body; on failure writes the transcript to the test's output before the failure surfaces.</summary>
    public async Task RunAsync(ITestOutputHelper output, Func<Task> body)
    {
        try
        {
            await body();
        }
        catch
        {
            output.WriteLine("Transcript so far:\n" + this);
            throw;
        }
    }

    private void Add(string line)
    {
        lock (_gate)
        {
            _lines.Add(line);
        }
    }
}
