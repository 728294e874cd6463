namespace BenchHarness;

/// <summary>A failure the user can act on; its message is printed as one line, without a stack trace.</summary>
public class HarnessException(string message) : Exception(message);
