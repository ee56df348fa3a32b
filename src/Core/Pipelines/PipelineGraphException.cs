namespace StatiqGuides.Core.Pipelines;

/// <summary>The pipelines were wired wrongly (a cycle, an unknown dependency): a programming error, not bad content.</summary>
public sealed class PipelineGraphException : Exception
{
    public PipelineGraphException() { }

    public PipelineGraphException(string message) : base(message) { }

    public PipelineGraphException(string message, Exception innerException) : base(message, innerException) { }
}
