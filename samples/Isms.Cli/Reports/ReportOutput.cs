using Isms.Cli.Hosting;

namespace Isms.Cli.Reports;

/// <summary>
/// The <c>--out PATH</c> option of report verbs: text formats go to the file instead of stdout (UTF-8, no BOM), binary
/// formats (xlsx, svg) require it. The report verb writes through <see cref="Context"/> either way.
/// </summary>
internal sealed class ReportOutput : IDisposable
{
    /// <summary>The <c>--out PATH</c> option to add to a verb's options.</summary>
    public static Option<string> Option() => CliOptions.Out();

    private readonly StreamWriter? _file;
    private readonly CliContext _original;

    private ReportOutput(CliContext original, string? path)
    {
        _original = original;
        Path = path;
        if (path is not null)
        {
            _file = new StreamWriter(Open(path), new System.Text.UTF8Encoding(false));
            Context = original with { Out = _file };
        }
        else
        {
            Context = original;
        }
    }

    /// <summary>The context to write the report through: its Out is the file when --out was given.</summary>
    public CliContext Context { get; }

    /// <summary>The --out path, or null.</summary>
    public string? Path { get; }

    /// <summary>Opens the report output named by --out (or stdout).</summary>
    public static ReportOutput For(ParsedArguments args, CliContext context) => new(context, args.Get("out"));

    /// <summary>The --out path, required by binary formats.</summary>
    /// <exception cref="UsageException">--out was not given.</exception>
    public static string RequiredPath(ParsedArguments args, string verb, string format) =>
        args.Get("out") ?? throw new UsageException($"{verb}: --format {format} writes a file: add --out PATH");

    /// <summary>Creates the file (and its folder), turning file-system errors into one-line usage errors.</summary>
    /// <exception cref="UsageException">The file cannot be created.</exception>
    public static FileStream Open(string path)
    {
        try
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            return new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write '{path}': {ex.Message}");
        }
    }

    /// <summary>Flushes the file and says where the report went (on stdout's original writer).</summary>
    public void Dispose()
    {
        if (_file is not null)
        {
            _file.Dispose();
            _original.Out.WriteLine($"Wrote {Path}");
        }
    }
}
