namespace StatiqGuides.Tests.Testing.Scheduling;

/// <summary>Marks a test class that takes tens of seconds: <see cref="LongestFirst"/> starts it before the others.</summary>
/// <param name="seconds">Roughly how long the class takes alone on two cores: the longest start first.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LongRunningAttribute(int seconds) : Attribute
{
    public int Seconds { get; } = seconds;
}
