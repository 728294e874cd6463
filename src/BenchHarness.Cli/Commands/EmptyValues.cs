using System.CommandLine;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// Refuses an empty string as the value of any option or argument of any command. Every value this CLI takes is a
/// path, a name or a number; an empty one is a mistake (an unset shell variable, <c>--out ""</c>) that would
/// otherwise reach the code as the current directory or crash it, so it is a syntax error naming the option.
/// </summary>
public static class EmptyValues
{
    public static void RefuseIn(Command command)
    {
        foreach (Option option in command.Options)
            option.Validators.Add(result => RefuseEmptyTokens(option.Name, result));
        foreach (Argument argument in command.Arguments)
            argument.Validators.Add(result => RefuseEmptyTokens(argument.Name, result));
        foreach (Command subcommand in command.Subcommands)
            RefuseIn(subcommand);
    }

    private static void RefuseEmptyTokens(string name, System.CommandLine.Parsing.SymbolResult result)
    {
        if (result.Tokens.Any(token => token.Value.Length == 0))
            result.AddError($"{name} needs a value, not an empty string");
    }
}
