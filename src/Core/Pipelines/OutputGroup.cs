namespace StatiqGuides.Core.Pipelines;

/// <summary>A handle to the outputs of every pipeline added to the group, read as one list: the site's files, which
/// any pipeline (a host's too) can contribute to, and which the output step gathers whatever their number.</summary>
/// <remarks>Members are added while the graph is built (<see cref="PipelineGraph.AddTo{T}"/>); reading the group depends
/// on every member. Read in the order members were added.</remarks>
public sealed class OutputGroup<T> : OutputHandle where T : notnull
{
    internal OutputGroup(string name) : base(name) { }

    internal override object ValueIn(BuildContext context) => context.Read(this);
}
