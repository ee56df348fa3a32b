using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Build;

/// <summary>A frozen site build: the engine that runs it, the handles to read its outputs by, and the output step's
/// files (written, for <c>build</c>).</summary>
public sealed record SiteEngine(PipelineEngine Engine, SiteBuild Site, Output<IReadOnlyList<OutputFile>> Output);
