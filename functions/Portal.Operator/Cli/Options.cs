namespace Portal.Operator.Cli;

/// <summary>
/// <c>--name value</c> options (some repeatable, e.g. <c>--scope a --scope b</c>) and <c>--flag</c> switches of one
/// command. Unknown, repeated (when not repeatable) or value-less options and stray words are usage errors.
/// </summary>
internal sealed class Options
{
    private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    private Options()
    {
    }

    public static Options Parse(
        IReadOnlyList<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> repeatable,
        IReadOnlyCollection<string> switches)
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
            if (switches.Contains(name))
            {
                if (!options.flags.Add(name))
                {
                    throw new UsageException($"--{name} が2回指定されています。");
                }
                continue;
            }
            var isRepeatable = repeatable.Contains(name);
            if (!isRepeatable && !valued.Contains(name))
            {
                throw new UsageException($"不明なオプション \"{arg}\" です。");
            }
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
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

    public string? Optional(string name)
    {
        if (!values.TryGetValue(name, out var list))
        {
            return null;
        }
        return list[0].Trim().Length > 0 ? list[0] : throw new UsageException($"--{name} が空です。");
    }

    public string Required(string name) => Optional(name) ?? throw new UsageException($"--{name} は必須です。");

    /// <summary>Every value of a repeatable option, in order, without duplicates; at least one.</summary>
    public IReadOnlyList<string> RequiredMany(string name)
    {
        if (!values.TryGetValue(name, out var list))
        {
            throw new UsageException($"--{name} は必須です（複数なら --{name} を繰り返します）。");
        }
        return list.Distinct(StringComparer.Ordinal).ToList();
    }

    public bool Flag(string name) => flags.Contains(name);

    /// <summary>The one of <paramref name="names"/> that is given; a usage error when none or several are.</summary>
    public string ExactlyOne(params string[] names)
    {
        var given = names.Where(values.ContainsKey).ToList();
        return given.Count == 1
            ? given[0]
            : throw new UsageException($"{string.Join(" と ", names.Select(n => "--" + n))} のどちらか一方だけを指定してください。");
    }
}
