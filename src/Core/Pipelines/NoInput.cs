namespace StatiqGuides.Core.Pipelines;

/// <summary>The input of a pipeline's first module, which reads what it needs from the outputs it was given.</summary>
public sealed record NoInput
{
    public static NoInput Value { get; } = new();

    private NoInput() { }
}
