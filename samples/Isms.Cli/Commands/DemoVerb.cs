using Isms.Cli.Hosting;

namespace Isms.Cli.Commands;

/// <summary><c>isms demo</c> (and <c>isms</c> with no arguments): the product's story on the sample organisation.</summary>
internal sealed class DemoVerb : Verb
{
    public override string Name => "demo";

    public override int Order => 0;

    public override string Summary => "Run the demo on the built-in sample organisation (the default)";

    /// <inheritdoc />
    public override string Usage => "[demo]";

    public override int Run(ParsedArguments args, CliContext context)
    {
        var output = context.Out;
        output.WriteLine("Isms.Core: an ISO/IEC 27001:2022 information security management system in .NET");
        output.WriteLine();
        foreach (var step in DemoStep.All)
        {
            output.WriteLine($"== {step.Title} ==");
            output.WriteLine();
            step.Run(context);
            output.WriteLine();
        }

        IsmsApp.WriteHelp(output);
        return ExitCodes.Success;
    }
}
