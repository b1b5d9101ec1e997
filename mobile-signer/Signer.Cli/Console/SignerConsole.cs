namespace Signer.Cli.Console;

/// <summary>Where the signer talks to the resident: the real terminal, or a script of answers in tests.</summary>
public sealed class SignerConsole(TextReader input, TextWriter output, TextWriter error, bool interactive)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public static SignerConsole System() =>
        new(global::System.Console.In, global::System.Console.Out, global::System.Console.Error,
            interactive: !global::System.Console.IsInputRedirected);

    /// <summary>Reads a secret without echoing it; from a redirected input it reads one line.</summary>
    public string? ReadSecret(string prompt)
    {
        Out.Write(prompt);
        if (!interactive)
        {
            var line = input.ReadLine();
            Out.WriteLine();
            return line;
        }
        var secret = new global::System.Text.StringBuilder();
        while (true)
        {
            var key = global::System.Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    Out.WriteLine();
                    return secret.ToString();
                case ConsoleKey.Backspace when secret.Length > 0:
                    secret.Length--;
                    break;
                case ConsoleKey.Escape:
                    Out.WriteLine();
                    return null;
                default:
                    if (!char.IsControl(key.KeyChar))
                    {
                        secret.Append(key.KeyChar);
                    }
                    break;
            }
        }
    }

    /// <summary>Asks for a line that may be shown as typed (a code, not a PIN).</summary>
    public string? Ask(string prompt)
    {
        Out.Write(prompt);
        return input.ReadLine();
    }

    /// <summary>A yes/no question; anything but y/yes/はい is no.</summary>
    public bool Confirm(string question)
    {
        Out.Write($"{question} [y/N]: ");
        var answer = input.ReadLine()?.Trim().ToLowerInvariant();
        return answer is "y" or "yes" or "はい";
    }
}
