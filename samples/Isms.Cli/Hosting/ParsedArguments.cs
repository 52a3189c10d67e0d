namespace Isms.Cli.Hosting;

/// <summary>The arguments of one verb after parsing: positionals, option values and flags.</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string?> _options;

    private ParsedArguments(IReadOnlyList<string> positionals, Dictionary<string, string?> options)
    {
        Positionals = positionals;
        _options = options;
    }

    /// <summary>The positional arguments, in order.</summary>
    public IReadOnlyList<string> Positionals { get; }

    /// <summary>True when <c>--help</c> or <c>-h</c> was given.</summary>
    public bool HelpRequested => _options.ContainsKey("help");

    /// <summary>True when the flag was given.</summary>
    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>The value of an option, or <paramref name="fallback"/> when it was not given.</summary>
    public string? Get(string name, string? fallback = null) =>
        _options.TryGetValue(name, out var value) ? value : fallback;

    /// <summary>The value of an integer option, or <paramref name="fallback"/>; a non-integer is a usage error.</summary>
    public int GetInt(string name, int fallback)
    {
        var text = Get(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"option --{name}: '{text}' is not a whole number");
    }

    /// <summary>The value of a 64-bit integer option, or null when it was not given.</summary>
    public long? GetLong(string name)
    {
        var text = Get(name);
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"option --{name}: '{text}' is not a whole number");
    }

    /// <summary>Parses <paramref name="args"/> against the options a verb declares.</summary>
    /// <exception cref="UsageException">An unknown option, a missing value or a value not allowed.</exception>
    public static ParsedArguments Parse(string verb, IReadOnlyList<string> args, IReadOnlyList<OptionSpec> specs, int maxPositionals)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?")
            {
                options["help"] = null;
                continue;
            }

            if (arg.StartsWith('-') && arg.Length > 1)
            {
                var name = arg.TrimStart('-');
                string? inline = null;
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0)
                {
                    inline = name[(eq + 1)..];
                    name = name[..eq];
                }

                var spec = specs.FirstOrDefault(s => s.Name == name)
                    ?? throw new UsageException($"unknown option '{arg}' for '{verb}' (see 'isms {verb} --help')");
                if (spec.IsFlag)
                {
                    if (inline is not null)
                    {
                        throw new UsageException($"option --{name} takes no value");
                    }

                    options[name] = null;
                    continue;
                }

                var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"option --{name} needs a value ({spec.ValueName})"));
                if (spec.AllowedValues is { } allowed && !allowed.Contains(value, StringComparer.OrdinalIgnoreCase))
                {
                    throw new UsageException($"option --{name}: '{value}' is not one of {string.Join(", ", allowed)}");
                }

                options[name] = spec.AllowedValues is null ? value : value.ToLowerInvariant();
                continue;
            }

            positionals.Add(arg);
        }

        if (positionals.Count > maxPositionals)
        {
            throw new UsageException($"unexpected argument '{positionals[maxPositionals]}' for '{verb}' (see 'isms {verb} --help')");
        }

        return new ParsedArguments(positionals, options);
    }
}
