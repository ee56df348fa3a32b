namespace StatiqGuides.Core.Content;

public enum ContentKind
{
    Guide,
    CaseStudy,
    Page,
}
