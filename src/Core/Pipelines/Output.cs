namespace StatiqGuides.Core.Pipelines;

/// <summary>A typed handle to what one pipeline produces. A module that is given a handle may read it through
/// <see cref="BuildContext.Read{T}(Output{T})"/>; the pipeline holding that module then runs after the one producing it.</summary>
/// <remarks>Immutable. Obtained from <see cref="PipelineBuilder{T}.Publish"/>, never constructed by modules.</remarks>
public sealed class Output<T> : OutputHandle where T : notnull
{
    internal Output(string name) : base(name) { }

    internal override object ValueIn(BuildContext context) => context.Read(this);
}
