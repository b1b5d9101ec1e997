using CardTool;

namespace Portal.Testing;

/// <summary>Runs the project's test CA tool (cardtool) in process, as tests make their PKI and cards with it.</summary>
public static class TestCardTool
{
    /// <exception cref="InvalidOperationException">cardtool failed; the message carries what it printed.</exception>
    public static void Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CardToolCommands.Run(args, output, error);
        if (code != 0)
        {
            throw new InvalidOperationException($"cardtool {string.Join(' ', args)} failed ({code}): {error}");
        }
    }
}
