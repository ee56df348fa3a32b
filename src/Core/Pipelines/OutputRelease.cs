namespace StatiqGuides.Core.Pipelines;

/// <summary>For one run that keeps only some outputs (<see cref="BuildContext.Keeping"/>): how many pipelines have still to
/// read each output, and the drop of an output from <see cref="PipelineOutputs"/> once the last of them is done.</summary>
/// <remarks>A whole-site build holds every pipeline's output until it ends otherwise, however early its last reader ran:
/// the content as read, with every body, is read by the first third of a build. Thread-safe: pipelines end on any thread.</remarks>
internal sealed class OutputRelease
{
    private readonly PipelineOutputs _outputs;
    private readonly IReadOnlySet<OutputHandle> _kept;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<OutputHandle>> _reads;
    private readonly Dictionary<OutputHandle, ReadersLeft> _readersLeft;

    /// <param name="reads">The outputs each pipeline reads, groups as their members.</param>
    /// <param name="kept">The outputs the caller reads after the run, groups as their members: never dropped.</param>
    public OutputRelease(PipelineOutputs outputs, IReadOnlyDictionary<string, IReadOnlyList<OutputHandle>> reads, IReadOnlySet<OutputHandle> kept)
    {
        _outputs = outputs;
        _reads = reads;
        _kept = kept;
        _readersLeft = reads.Values.SelectMany(r => r).GroupBy(o => o).ToDictionary(g => g.Key, g => new ReadersLeft(g.Count()));
    }

    /// <summary>Called once <paramref name="pipeline"/> has published <paramref name="output"/>: drops it when no pipeline
    /// reads it, and each output the pipeline read that no other pipeline has still to read.</summary>
    public void Finished(string pipeline, OutputHandle output)
    {
        if (!_readersLeft.ContainsKey(output)) Drop(output);
        foreach (var read in _reads[pipeline])
        {
            if (Interlocked.Decrement(ref _readersLeft[read].Value) == 0) Drop(read);
        }
    }

    private void Drop(OutputHandle output)
    {
        if (!_kept.Contains(output)) _outputs.Drop(output);
    }

    private sealed class ReadersLeft(int count)
    {
        public int Value = count;
    }
}
