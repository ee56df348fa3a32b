using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Core.Content;

/// <summary>A value read from a file, with where it was written, so later checks can point at it.</summary>
public readonly record struct Located<T>(T Value, SourceLocation Location);
