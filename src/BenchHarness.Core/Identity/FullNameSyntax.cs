namespace BenchHarness.Identity;

/// <summary>
/// The syntax of a BenchmarkDotNet full name, <c>Namespace.Type.Method(Name: value, Name: value)</c>: where the method
/// ends, how the parameter list splits, and how a parameter is added to it.
/// </summary>
/// <remarks>
/// BenchmarkDotNet writes string values quoted and escaped (<c>Text: "a, b"</c>), characters in single quotes,
/// arrays in brackets (<c>[1, 2]</c>) and types as <c>typeof(...)</c>: a comma inside any of these does not end a
/// parameter, and a parenthesis inside quotes is text, not structure.
/// </remarks>
public static class FullNameSyntax
{
    /// <summary>
    /// Splits <paramref name="fullName"/> into the method path (everything before the parameter list) and its
    /// parameters in order; false when the parameter list is not well formed (an unclosed quote or bracket, a
    /// parameter without a name, a name twice).
    /// </summary>
    public static bool TrySplit(string fullName, out string method, out IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        parameters = [];
        int open = fullName.IndexOf('(');
        if (open < 0)
        {
            method = fullName;
            return true;
        }
        method = fullName[..open];
        if (!fullName.EndsWith(')') || SplitTopLevel(fullName[(open + 1)..^1]) is not { } items)
            return false;
        if (items is [var only] && only.Trim().Length == 0)
            return true;

        var pairs = new List<KeyValuePair<string, string>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (string item in items)
        {
            int colon = item.IndexOf(':');
            string name = colon < 0 ? "" : item[..colon].Trim();
            if (name.Length == 0 || !names.Add(name))
                return false;
            pairs.Add(new KeyValuePair<string, string>(name, item[(colon + 1)..].Trim()));
        }
        parameters = pairs;
        return true;
    }

    /// <summary>
    /// <paramref name="fullName"/> with one more parameter at the end of its list (a list is opened when it has none);
    /// the value is quoted as BenchmarkDotNet quotes strings when it would otherwise not read back as one value.
    /// </summary>
    public static string WithParameter(string fullName, string name, string value)
    {
        string parameter = $"{name}: {Quoted(value)}";
        if (!fullName.EndsWith(')') || fullName.IndexOf('(') < 0)
            return $"{fullName}({parameter})";
        string head = fullName[..^1];
        return head.EndsWith('(') ? $"{head}{parameter})" : $"{head}, {parameter})";
    }

    /// <summary>The value as it reads back unchanged from a parameter list: as is when plain, else quoted and escaped.</summary>
    public static string Quoted(string value) =>
        value.Length > 0 && value.Trim() == value && value.IndexOfAny([',', ':', '"', '\'', '(', ')', '[', ']', '\\']) < 0
            ? value
            : $"\"{value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";

    // Splits on commas outside quotes, brackets and parentheses; null when a quote or bracket is left open or closes
    // one it did not open. A quote opens a string or character only where a value starts (BenchmarkDotNet quotes the
    // whole value); elsewhere it is text, as in the ToString() of a custom type.
    private static List<string>? SplitTopLevel(string text)
    {
        var items = new List<string>();
        var closers = new Stack<char>();
        char quote = '\0', previous = ',';
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                if (c == '\\')
                    i++;
                else if (c == quote)
                    quote = '\0';
                continue;
            }
            char before = previous;
            if (!char.IsWhiteSpace(c))
                previous = c;
            switch (c)
            {
                case '"' or '\'' when before is ':' or ',' or '[' or '(':
                    quote = c;
                    break;
                case '(':
                    closers.Push(')');
                    break;
                case '[':
                    closers.Push(']');
                    break;
                case ')' or ']':
                    if (closers.Count == 0 || closers.Pop() != c)
                        return null;
                    break;
                case ',' when closers.Count == 0:
                    items.Add(text[start..i]);
                    start = i + 1;
                    break;
            }
        }
        if (quote != '\0' || closers.Count > 0)
            return null;
        items.Add(text[start..]);
        return items;
    }
}
