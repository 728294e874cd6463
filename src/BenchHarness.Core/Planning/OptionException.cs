namespace BenchHarness.Planning;

/// <summary>An option value the user can fix; its message is shown as is.</summary>
public sealed class OptionException(string message) : HarnessException(message);
