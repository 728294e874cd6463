using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace BenchHarness.Benchmarks.Engines.Torch;

/// <summary>
/// TorchScript source text that lives beside its suite as a <c>.torchscript</c> file, embedded in this
/// assembly under "&lt;suite folder&gt;/&lt;file name&gt;".
/// </summary>
public sealed partial record TorchScriptSource(string Name, string Text)
{
    /// <summary>Names of the top-level functions (TorchScript compiles only <c>def</c>s at module level).</summary>
    public IReadOnlySet<string> Functions { get; } = FunctionDefinitions().Matches(Text)
        .Select(m => m.Groups["name"].Value)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Loads <c>Patterns/&lt;suite type name&gt;/&lt;fileName&gt;</c>.</summary>
    public static TorchScriptSource ForSuite(Type suite, string fileName) => Load($"{suite.Name}/{fileName}");

    public static TorchScriptSource Load(string resourceName)
    {
        using Stream stream = Assembly.GetManifestResourceStream(resourceName)
            ?? throw new FileNotFoundException(
                $"no embedded TorchScript '{resourceName}'; embedded: {string.Join(", ", Embedded())}");
        using var reader = new StreamReader(stream);
        return new TorchScriptSource(resourceName, reader.ReadToEnd());
    }

    /// <summary>
    /// Suffix of scripts that graph mode is expected to refuse (P12). They are only ever compiled in an isolated
    /// child process, since a TorchScript semantic error aborts the process that compiles it.
    /// </summary>
    public const string IncompatibleSuffix = ".incompatible.torchscript";

    /// <summary>Every TorchScript file embedded in the suite host that is meant to compile.</summary>
    public static IEnumerable<string> Embedded() => Assembly.GetManifestResourceNames()
        .Where(n => n.EndsWith(".torchscript", StringComparison.Ordinal) && !n.EndsWith(IncompatibleSuffix, StringComparison.Ordinal))
        .Order();

    /// <summary>
    /// <paramref name="value"/> as a TorchScript float literal. "1" would be an int, and the type error it causes
    /// aborts the process.
    /// </summary>
    public static string FloatLiteral(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "TorchScript has no literal for this value");
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOfAny(['.', 'E', 'e']) >= 0 ? text : text + ".0";
    }

    /// <summary>The same source with more definitions appended (e.g. a specialised wrapper).</summary>
    public TorchScriptSource Append(string name, string definitions) => new($"{Name}+{name}", $"{Text}\n\n{definitions}\n");

    private static Assembly Assembly => typeof(TorchScriptSource).Assembly;

    [GeneratedRegex(@"^def\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\(", RegexOptions.Multiline)]
    private static partial Regex FunctionDefinitions();
}
