namespace StatiqGuides.Modules.Sources;

/// <summary>What reading one content file gave: its text split into front matter and body, or, when it could not be
/// read or split (reported), what is known of it from its place.</summary>
public sealed record SourceRead(SourceFile File, SourceText? Text, UnreadableSource? Unreadable);
