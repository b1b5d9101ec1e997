using System.Globalization;

namespace CardTool.Cli;

/// <summary>
/// <c>--name value</c> options and <c>--flag</c> switches of one command. Unknown, repeated or value-less options
/// and stray words are usage errors.
/// </summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    private Options()
    {
    }

    public static Options Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> switches)
    {
        var options = new Options();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unexpected argument \"{arg}\".");
            }
            var name = arg[2..];
            if (switches.Contains(name))
            {
                if (!options.flags.Add(name))
                {
                    throw new UsageException($"--{name} is given twice.");
                }
            }
            else if (valued.Contains(name))
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new UsageException($"--{name} needs a value.");
                }
                if (!options.values.TryAdd(name, args[++i]))
                {
                    throw new UsageException($"--{name} is given twice.");
                }
            }
            else
            {
                throw new UsageException($"unknown option \"{arg}\".");
            }
        }
        return options;
    }

    public string? Optional(string name) => values.GetValueOrDefault(name);

    public string Required(string name) =>
        values.TryGetValue(name, out var value) && value.Length > 0 ? value : throw new UsageException($"--{name} is required.");

    public bool Flag(string name) => flags.Contains(name);

    public int Integer(string name, int fallback, int min, int max) => OptionalInteger(name, min, max) ?? fallback;

    public int? OptionalInteger(string name, int min, int max)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return null;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"--{name} is a whole number from {min} to {max}, not \"{text}\".");
    }
}
