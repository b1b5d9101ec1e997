namespace Bot.Operator.Cli;

/// <summary>
/// <c>--name value</c> options (some repeatable) and <c>--flag</c> switches of one command. Unknown, repeated or
/// value-less options and stray words are usage errors.
/// </summary>
internal sealed class Options
{
    private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    public static Options Parse(IReadOnlyList<string> args, string[] valued, string[]? repeatable = null, string[]? switches = null)
    {
        var options = new Options();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"余分な引数 \"{arg}\" があります。");
            }
            var name = arg[2..];
            if (switches?.Contains(name) == true)
            {
                if (!options.flags.Add(name))
                {
                    throw new UsageException($"--{name} が2回指定されています。");
                }
                continue;
            }
            var isRepeatable = repeatable?.Contains(name) == true;
            if (!isRepeatable && !valued.Contains(name))
            {
                throw new UsageException($"不明なオプション \"{arg}\" です。");
            }
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal) || args[i + 1].Trim().Length == 0)
            {
                throw new UsageException($"--{name} には値が必要です。");
            }
            var list = options.values.TryGetValue(name, out var existing) ? existing : options.values[name] = [];
            if (list.Count > 0 && !isRepeatable)
            {
                throw new UsageException($"--{name} が2回指定されています。");
            }
            list.Add(args[++i]);
        }
        return options;
    }

    public string? Optional(string name) => values.TryGetValue(name, out var list) ? list[0] : null;

    public string Required(string name) => Optional(name) ?? throw new UsageException($"--{name} は必須です。");

    public IReadOnlyList<string> Many(string name) => values.TryGetValue(name, out var list) ? list.Distinct(StringComparer.Ordinal).ToList() : [];

    public bool Flag(string name) => flags.Contains(name);
}
