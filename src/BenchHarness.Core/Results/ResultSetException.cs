namespace BenchHarness.Results;

/// <summary>
/// A result set (directory or file) that cannot be used. The message is one line: the path, the problem, and what
/// to do about it, so the CLI can print it as is and exit with <see cref="ExitCodes.BadInputOrFailure"/>.
/// </summary>
public sealed class ResultSetException : HarnessException
{
    public ResultSetException(string path, string problem, string remedy)
        : base(OneLine($"{path}: {problem}; {remedy}"))
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The file or directory at fault.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it, without the remedy.</summary>
    public string Problem { get; }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
