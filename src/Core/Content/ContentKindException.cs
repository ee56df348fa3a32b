namespace StatiqGuides.Core.Content;

/// <summary>A content kind was defined or registered wrongly (two kinds with one id or folder, a key defined twice): a
/// programming error in the host, not bad content.</summary>
public sealed class ContentKindException : Exception
{
    public ContentKindException() { }

    public ContentKindException(string message) : base(message) { }

    public ContentKindException(string message, Exception innerException) : base(message, innerException) { }
}
