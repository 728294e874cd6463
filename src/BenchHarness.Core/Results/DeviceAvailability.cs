namespace BenchHarness.Results;

/// <summary>Whether a device could be used in this run, and why not.</summary>
public sealed record DeviceAvailability(string Device, bool Used, string? Reason);
