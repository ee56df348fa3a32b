namespace StatiqGuides.Core.Diagnostics;

/// <summary>The catalogue of every diagnostic the tool reports. Codes are never reused.</summary>
/// <remarks>
/// Ranges: SG00xx files and YAML, SG01xx references between items, SG02xx front matter and settings,
/// SG03xx unsafe HTML, SG04xx links, SG05xx theme, SG06xx output, SG07xx translation tools (XLIFF, history),
/// SG08xx offline editions and budgets, SG09xx unfinished or inaccessible content.
/// </remarks>
public static class DiagnosticCodes
{
    public static readonly DiagnosticCode InvalidUtf8 = new("SG0001", Severity.Error,
        "the file is not valid UTF-8 (invalid byte 0x{0:X2})",
        "Save the file as UTF-8 in your editor.");
    public static readonly DiagnosticCode YamlSyntax = new("SG0002", Severity.Error,
        "malformed YAML: {0}",
        "Fix the YAML syntax at the position shown: check indentation, colons and quotes.");
    public static readonly DiagnosticCode DuplicateYamlKey = new("SG0003", Severity.Error,
        "duplicate key '{0}' (first defined on line {1})",
        "Keep one occurrence of the key.");
    public static readonly DiagnosticCode MissingFrontMatter = new("SG0004", Severity.Error,
        "{0}",
        "Start the file with a line '---', the YAML front matter, and a closing line '---'.");
    public static readonly DiagnosticCode FileUnreadable = new("SG0005", Severity.Error,
        "cannot read the file: {0}",
        "Check that the file exists and can be read.");
    public static readonly DiagnosticCode YamlNotMapping = new("SG0006", Severity.Error,
        "expected a mapping of keys to values, found {0}",
        "Write the front matter or settings as 'key: value' lines.");
    public static readonly DiagnosticCode MarkdownTooDeep = new("SG0007", Severity.Error,
        "the Markdown is nested too deeply to render (quotes, lists, brackets or emphasis hundreds of levels deep)",
        "Flatten the deeply nested quotes, lists, brackets or emphasis in this file.");
    public static readonly DiagnosticCode LinkOutsideRoots = new("SG0008", Severity.Error,
        "'{0}' is a symbolic link to a file or folder outside input/ and theme/; it is not read",
        "Replace the link by a copy of the file inside input/ (or theme/); nothing outside them is read.");
    public static readonly DiagnosticCode ForbiddenCharacter = new("SG0009", Severity.Error,
        "'{0}' contains the character U+{1:X4}, which HTML and XML cannot carry",
        "Remove the control character (or the lone surrogate, U+FFFE or U+FFFF) from the value; use an ordinary space or letter.");
    public static readonly DiagnosticCode InputFolderMissing = new("SG0010", Severity.Error,
        "the input folder '{0}' does not exist",
        "Run the command in the folder that holds input/, or pass --input the folder of your site; `statiqguides init` writes a new one.");
    public static readonly DiagnosticCode SourceFolderOutside = new("SG0011", Severity.Error,
        "the {0} folder '{1}' is a symbolic link, or is reached through one, that leads outside the current folder; nothing in it is read",
        "Put the folder itself in the repository instead of a link to it, or pass its real path to --input or --theme (a folder outside the current folder is read as given).");

    public static readonly DiagnosticCode UnknownCaseStudy = new("SG0101", Severity.Error,
        "unknown case study '{0}'{1}",
        "Use the uid of an existing case study (its file name under input/case-studies/ without .md).");
    public static readonly DiagnosticCode UnknownXref = new("SG0102", Severity.Error,
        "unknown xref '{0}'{1}",
        "Use the uid of an existing guide, case study or page.");
    public static readonly DiagnosticCode UnknownGuide = new("SG0103", Severity.Error,
        "unknown guide '{0}'{1}",
        "List in 'related' only uids of existing guides.");
    public static readonly DiagnosticCode UnknownHub = new("SG0104", Severity.Error,
        "unknown hub '{0}'{1}",
        "Use the id of a hub defined in input/hubs.yml.");
    public static readonly DiagnosticCode UnknownSection = new("SG0105", Severity.Error,
        "unknown section '{0}'{1}",
        "Use the id of a section: a folder under input/guides/ that holds a _section.yml.");
    public static readonly DiagnosticCode DuplicateUid = new("SG0106", Severity.Error,
        "duplicate uid '{0}': also used by {1}",
        "Give each guide, case study and page its own uid (file name or 'uid:' key).");
    public static readonly DiagnosticCode MissingXrefAnchor = new("SG0107", Severity.Error,
        "'{0}' has no heading with id '{1}'{2}",
        "Link to a heading id that exists in the target page.");
    public static readonly DiagnosticCode DuplicateHub = new("SG0108", Severity.Error,
        "duplicate hub id '{0}'",
        "Give each hub in hubs.yml its own id.");
    public static readonly DiagnosticCode SectionWithoutHub = new("SG0109", Severity.Warning,
        "section '{0}' is maintained by no hub",
        "Add the section to the 'sections' list of one hub in hubs.yml.");
    public static readonly DiagnosticCode SectionInTwoHubs = new("SG0110", Severity.Error,
        "section '{0}' is listed by hubs '{1}' and '{2}'",
        "A section is maintained by exactly one hub: remove it from one of them.");
    public static readonly DiagnosticCode GuideOutsideSection = new("SG0111", Severity.Error,
        "guide folder '{0}' has no _section.yml",
        "Add input/guides/<section>/_section.yml with title, summary, hub and order.");
    public static readonly DiagnosticCode TranslationWithoutSource = new("SG0112", Severity.Error,
        "translation '{0}' has no source: {1} does not exist",
        "Rename the file to match its source (<slug>.<lang>.md next to <slug>.md), or add the source.");
    public static readonly DiagnosticCode TranslationAnchorMissing = new("SG0113", Severity.Warning,
        "the {2} translation of '{0}' has no heading with id '{1}'; {2} readers land at the top of the page",
        "Link without the anchor, or translate the heading so that the translation keeps a heading with that id.");
    public static readonly DiagnosticCode UnknownLanguageSuffix = new("SG0114", Severity.Warning,
        "'{0}' is not a language of the site (site.yml 'languages'); the file is ignored",
        "Add the language to site.yml, or rename the file.");
    public static readonly DiagnosticCode CodeOwnersOutOfDate = new("SG0115", Severity.Error,
        "{0} does not match hubs.yml: run 'statiqguides codeowners' and commit the result",
        "Run `statiqguides codeowners` and commit .github/CODEOWNERS.");
    public static readonly DiagnosticCode UncitedCaseStudy = new("SG0116", Severity.Warning,
        "no guide cites case study '{0}'",
        "Cite it from a guide, in 'case_studies:' or with an xref: link.");
    public static readonly DiagnosticCode CaseStudyOutsideSection = new("SG0117", Severity.Warning,
        "case study '{0}' is cited by a guide of section '{1}' but its themes do not include it",
        "Add the section to the case study's 'themes', or cite a case study of this section.");
    public static readonly DiagnosticCode CaseStudyWithoutHub = new("SG0118", Severity.Warning,
        "case study '{0}' is maintained by no hub: none of its themes is a section that a hub in hubs.yml maintains",
        "Add to the case study's 'themes' a section that a hub maintains; until then only the fallback owner of hubs.yml reviews it.");
    public static readonly DiagnosticCode MissingLanguageText = new("SG0119", Severity.Warning,
        "{0} has no '{1}' text: readers of that language see the {2} one",
        "Add an entry for that language to the map (e.g. pt: …), or write one string used for every language.");

    public static readonly DiagnosticCode MissingKey = new("SG0201", Severity.Error,
        "missing required key '{0}'",
        "Add the key to the front matter or settings file.");
    public static readonly DiagnosticCode WrongType = new("SG0202", Severity.Error,
        "'{0}' must be {1}, found {2}",
        "Give the key a value of the type docs/content-reference.md names.");
    public static readonly DiagnosticCode InvalidDate = new("SG0203", Severity.Error,
        "'{0}' is not a valid date (YYYY-MM-DD): '{1}'",
        "Write a real calendar date as YYYY-MM-DD, e.g. 2024-02-29.");
    public static readonly DiagnosticCode SummaryTooLong = new("SG0204", Severity.Error,
        "summary is {0} characters long; the limit is {1}",
        "Shorten the summary to at most 300 characters.");
    public static readonly DiagnosticCode InvalidCountry = new("SG0205", Severity.Error,
        "'{0}' is not an ISO 3166-1 alpha-2 country code",
        "Use a two-letter ISO code such as KE, BR or FR (EU for European Union institutions).");
    public static readonly DiagnosticCode UnknownKey = new("SG0206", Severity.Warning,
        "unknown key '{0}'{1}",
        "Check the spelling of the key; unknown keys are passed to the theme as page.extra.");
    public static readonly DiagnosticCode EmptyValue = new("SG0207", Severity.Error,
        "'{0}' must not be empty",
        "Give the key a value.");
    public static readonly DiagnosticCode InvalidLanguage = new("SG0208", Severity.Error,
        "{0}",
        "List languages as two-letter codes in site.yml 'languages', with default_language among them.");
    public static readonly DiagnosticCode InvalidUrl = new("SG0209", Severity.Error,
        "'{0}' must be an absolute http(s) URL, found '{1}'",
        "Write the full URL, starting with https://.");
    public static readonly DiagnosticCode InvalidValue = new("SG0210", Severity.Error,
        "'{0}' {1}",
        "Use a value docs/content-reference.md allows.");
    public static readonly DiagnosticCode InvalidAlias = new("SG0211", Severity.Error,
        "alias '{0}' must be one site path of URL-safe characters (^/[A-Za-z0-9._~%/-]*$, no '.' or '..' segment, no '//')",
        "Write the old address as a path, e.g. /guides/old-name/.");
    public static readonly DiagnosticCode InvalidIdentifier = new("SG0212", Severity.Error,
        "{0} '{1}' must be ASCII letters and digits joined by single '-' or '_' (^[A-Za-z0-9]+([-_][A-Za-z0-9]+)*$)",
        "Rename it with ASCII letters and digits joined by single hyphens or underscores, e.g. open-data or data_wrangling_in_R.");
    public static readonly DiagnosticCode IdentifierCaseClash = new("SG0213", Severity.Error,
        "{0} '{1}' differs from '{2}' ({3}) only in case: bundles are unzipped on case-insensitive file systems",
        "Give one of them another name; identifiers are unique ignoring case.");
    public static readonly DiagnosticCode InvalidAssetName = new("SG0214", Severity.Error,
        "file name '{0}' must use ASCII letters, digits, '.', '_', '-' and '~', not starting with '.'; it is not published",
        "Rename the file (and the links to it), e.g. annual-report_2024.pdf.");
    public static readonly DiagnosticCode InvalidBaseUrlOption = new("SG0230", Severity.Error,
        "--base-url must be an absolute http(s) URL, found '{0}'",
        "Pass the full address of the published site, e.g. --base-url https://guides.example.org/.");
    public static readonly DiagnosticCode ListWrittenAsString = new("SG0231", Severity.Warning,
        "'{0}' is one string, '{1}', where a list is expected; it is read as the list {2}",
        "Write a list: [a, b] on one line, or one '- item' per line.");
    public static readonly DiagnosticCode ScaffoldPrompt = new("SG0232", Severity.Warning,
        "the scaffold's prompt is still here: '{0}'",
        "Replace the placeholder text that 'statiqguides new' wrote with your own words.");
    public static readonly DiagnosticCode UpdatedWithoutHistory = new("SG0233", Severity.Info,
        "'updated' is left out of {0} file(s), this one first, and git gives no date for them: {1}; their pages show no date",
        "Commit the files (their date comes from their last commit), fetch the whole history (git fetch --unshallow), or write updated: YYYY-MM-DD.");

    // SG025x: a guide's 'sources' list (SPEC §1).
    public static readonly DiagnosticCode InvalidSourceUrl = new("SG0250", Severity.Error,
        "'sources' must list absolute https URLs, found '{0}'",
        "Write the full URL, starting with https://.");
    public static readonly DiagnosticCode InsecureSourceUrl = new("SG0251", Severity.Error,
        "'sources' must list https URLs, found the http URL '{0}'",
        "Use the page's https:// address; if it has none, cite an archived https copy (e.g. https://web.archive.org/...).");
    public static readonly DiagnosticCode InvalidSourceItem = new("SG0252", Severity.Error,
        "a 'sources' item must be a URL or a mapping with 'url' and an optional 'title', found {0}",
        "Write each source as - https://... or as - url: https://... with title: \"...\" on the next line.");
    public static readonly DiagnosticCode UnknownSourceKey = new("SG0253", Severity.Warning,
        "unknown key '{0}' in a 'sources' item",
        "A source has only 'url' and 'title'; check the spelling.");
    public static readonly DiagnosticCode DuplicateSource = new("SG0254", Severity.Warning,
        "source '{0}' is listed twice (first on line {1})",
        "Keep one entry for the URL.");

    public static readonly DiagnosticCode UnsafeScript = new("SG0301", Severity.Error,
        "raw <script> elements are not allowed in content",
        "Remove the script; put code examples in a fenced code block instead.");
    public static readonly DiagnosticCode UnsafeEventHandler = new("SG0302", Severity.Error,
        "event handler attribute '{0}' is not allowed in content",
        "Remove the on… attribute from the HTML.");
    public static readonly DiagnosticCode UnsafeJavascriptUrl = new("SG0303", Severity.Error,
        "javascript: URLs are not allowed in content",
        "Link to a page or an https:// address instead.");
    public static readonly DiagnosticCode DisallowedElement = new("SG0304", Severity.Error,
        "<{0}> is not allowed in content",
        "Remove the element: content may use the HTML elements of prose (p, a, img, table, lists, details...), not forms, frames of documents, styles or metadata.");
    public static readonly DiagnosticCode DisallowedAttribute = new("SG0305", Severity.Error,
        "attribute '{0}' on <{1}> is not allowed in content",
        "Remove the attribute; content may use the attributes of prose (href, src, alt, title, id, class, lang, dir, width, height...).");
    public static readonly DiagnosticCode DisallowedUrl = new("SG0306", Severity.Error,
        "URL '{0}' in '{1}' is not allowed: use https:, http:, mailto:, a relative link or a #fragment (data: only for PNG, JPEG, GIF or WebP images)",
        "Link to a page, a file under input/assets/ or an https:// address.");
    public static readonly DiagnosticCode DisallowedStyle = new("SG0307", Severity.Error,
        "CSS '{0}' on <{1}> is not allowed in content",
        "Remove the style; the theme styles content (colours, sizes and alignment of text are allowed, positioning is not).");
    public static readonly DiagnosticCode RawHtmlLeftOpen = new("SG0308", Severity.Error,
        "raw HTML ends inside {0}; the text and markup after it would become part of it",
        "Close the tag, the attribute's quote or the comment in the same piece of HTML.");
    public static readonly DiagnosticCode ElementLeftOpen = new("SG0309", Severity.Error,
        "raw HTML leaves {0} open at the end of the page; the page or the next guide on a printable page would end up inside it",
        "Close every element that raw HTML opens before the end of the file.");
    public static readonly DiagnosticCode UnsafeAssetDocument = new("SG0310", Severity.Error,
        "'{0}' is an HTML or SVG document with {1}, which is not allowed; it is not published",
        "Remove the script, event attributes, styles and links to other documents from the file, or publish a PNG or PDF instead.");
    public static readonly DiagnosticCode ConditionalComment = new("SG0311", Severity.Error,
        "conditional comments ('<!--[if ...]>') are not allowed in content: old browsers read what they hold as markup",
        "Remove the conditional comment; an ordinary <!-- note --> is fine.");
    public static readonly DiagnosticCode UnreadableHtml = new("SG0313", Severity.Error,
        "raw HTML that the HTML parser cannot read ({0}); the page's body is left empty",
        "Simplify the raw HTML here (nested <select>, <template> or tables); write it as Markdown where you can.");
    public static readonly DiagnosticCode StrayEndTag = new("SG0312", Severity.Error,
        "raw HTML closes <{0}>, which it did not open; on the page it would close an element of the layout",
        "Remove the end tag, or open the element in the same file.");

    public static readonly DiagnosticCode BrokenLink = new("SG0401", Severity.Error,
        "link target '{0}' does not exist",
        "Fix the relative path, or link to the page by uid with xref:.");
    public static readonly DiagnosticCode LinkOutsideInput = new("SG0402", Severity.Error,
        "link '{0}' leaves the input folder",
        "Link only to files inside input/; use an https:// URL for anything else.");
    public static readonly DiagnosticCode ForeignEmbed = new("SG0403", Severity.Warning,
        "{0} '{1}' is loaded from another host: the site's Content-Security-Policy blocks it and offline bundles cannot show it; download it into input/assets/ or link to it",
        "Save the file under input/assets/ and point to it with a relative path, or make it a plain https:// link; offline bundles show it as a link.");
    public static readonly DiagnosticCode SiteAbsoluteLink = new("SG0404", Severity.Warning,
        "link '{0}' starts with '/': it breaks when the site is opened from disk; link to the .md or asset file with a relative path",
        "Write the path from this file to the .md file or asset (e.g. ../other-guide.md, ../../assets/x.pdf), or use xref:; offline bundles rewrite it.");

    public static readonly DiagnosticCode TemplateSyntax = new("SG0501", Severity.Error,
        "template error: {0}",
        "Fix the Liquid syntax of the theme file.");
    public static readonly DiagnosticCode TemplateRender = new("SG0502", Severity.Error,
        "rendering with template '{0}' failed: {1}",
        "Fix the layout or partial named: an unknown variable or filter is an error.");
    public static readonly DiagnosticCode MissingUiString = new("SG0503", Severity.Warning,
        "UI string '{0}' is missing in '{1}'",
        "Add the key to theme/i18n/<lang>.yml.");
    public static readonly DiagnosticCode MissingLayout = new("SG0504", Severity.Error,
        "the theme has no layout '{0}'",
        "Add theme/layouts/<name>.liquid.");
    public static readonly DiagnosticCode MissingRequiredUiString = new("SG0505", Severity.Error,
        "UI string '{0}' is required and missing in the default language",
        "Add the key to theme/i18n/<default language>.yml.");
    public static readonly DiagnosticCode ThemeFolderMissing = new("SG0506", Severity.Error,
        "the theme folder '{0}' does not exist",
        "No longer reported: a site without a theme folder uses the built-in theme, and a theme folder overrides it file by file (README, The theme).");
    public static readonly DiagnosticCode InvalidDateFormat = new("SG0507", Severity.Error,
        "date.format '{0}' is not a date format .NET understands: {1}",
        "Write a .NET custom date format, e.g. 'd MMMM yyyy' (see docs/content-reference.md, UI strings).");
    public static readonly DiagnosticCode MissingPartial = new("SG0508", Severity.Error,
        "the theme has no partial '{0}'",
        "Add theme/partials/<name>.liquid, or fix the name in the include or render tag.");
    public static readonly DiagnosticCode MissingUiStringFile = new("SG0509", Severity.Warning,
        "'{0}' is a language of the site but the theme has no UI strings for it: the {1} strings are shown",
        "Run `statiqguides new language <lang>` to write theme/i18n/<lang>.yml from the default language, then translate it.");
    public static readonly DiagnosticCode ThemeOptionFolderMissing = new("SG0510", Severity.Error,
        "the theme folder '{0}' given with --theme does not exist",
        "Pass --theme the folder that holds your theme's files, or leave --theme out: the built-in theme is used, with theme/ overriding it file by file when it exists.");

    public static readonly DiagnosticCode OutputWriteFailed = new("SG0601", Severity.Error,
        "cannot write the output: {0}",
        "Check that the output folder is writable and not open in another program.");
    public static readonly DiagnosticCode DestinationConflict = new("SG0602", Severity.Error,
        "'{0}' would be written twice: also by {1}",
        "Rename one of the files or change its alias.");
    public static readonly DiagnosticCode UnknownBundleLanguage = new("SG0603", Severity.Error,
        "cannot bundle language '{0}': the site's languages are {1}",
        "Pass to bundle --lang one of the languages listed in site.yml.");
    public static readonly DiagnosticCode UnsafeOutputFolder = new("SG0604", Severity.Error,
        "the output folder '{0}' {1}: building would replace it; nothing was written or deleted",
        "Pass --output a folder of its own, e.g. output/, that is not the input, the theme or the current folder and holds neither.");
    public static readonly DiagnosticCode RebuildFailed = new("SG0605", Severity.Error,
        "the site could not be rebuilt after the last change: {0}",
        "The last good pages are still served. This is a fault in StatiqGuides, not in your content: save again to retry, and report it with this message (STATIQGUIDES_TRACE=1 prints the details).");
    public static readonly DiagnosticCode InitWouldOverwrite = new("SG0610", Severity.Error,
        "'{0}' exists already: init writes a new site and never replaces a file; nothing was written",
        "Run `statiqguides init --folder my-guides` to write the site into a new folder, or move the existing files away first.");

    public static readonly DiagnosticCode ImageWithoutAlt = new("SG0900", Severity.Warning,
        "image '{0}' has no alt text: screen readers cannot say what it shows",
        "Describe the image in the brackets: ![A bar chart of visits per month](chart.png); write alt=\"\" in HTML only for a purely decorative image.");
    public static readonly DiagnosticCode SecondTopHeading = new("SG0901", Severity.Warning,
        "a level-1 heading '{0}' in the body: the page title is the page's only <h1>",
        "Start the body's headings at level 2 ('## Heading').");
    public static readonly DiagnosticCode BlockedByPolicy = new("SG0902", Severity.Warning,
        "{0} is blocked by the site's Content-Security-Policy ({1}): readers of the published site will not see it",
        "Use the theme's classes instead of style attributes and <style>; save images and media under input/assets/; make an embedded page a plain link.");
    public static readonly DiagnosticCode InvalidHeadingId = new("SG0903", Severity.Error,
        "heading id '{0}' is not an identifier: letters and digits joined by single '-' or '_'",
        "Write the id as e.g. {#open-data-portals}, after the heading text.");
    public static readonly DiagnosticCode HeadingIdTaken = new("SG0904", Severity.Error,
        "heading id '{0}' is taken: {1}",
        "Give the heading an id of its own, e.g. {#open-data-portals}, or remove the {#id} to let its text make one.");

    /// <summary>The catalogue entry of a code such as "SG0101", or null for a code the catalogue does not have.</summary>
    public static DiagnosticCode? Find(string code) => All.FirstOrDefault(c => c.Code == code);

    public static readonly DiagnosticCode UntranslatedTranslation = new("SG0700", Severity.Warning,
        "the {0} translation of '{1}' is still the source text: it is reported 'untranslated' and readers get the source",
        "Translate the text of the file (title, summary and body), or delete it until it is translated.");
    public static readonly DiagnosticCode XliffUnreadable = new("SG0701", Severity.Error,
        "the XLIFF file cannot be read: {0}",
        "Import the file exactly as your CAT tool saved it from an export of 'translations export' (XLIFF 2.1).");
    public static readonly DiagnosticCode XliffSourceChanged = new("SG0702", Severity.Error,
        "the source of '{0}' changed since this file was exported (source_hash {1}, now {2}); nothing of it is imported",
        "Export again with 'translations export', translate the changed units (your CAT tool's memory fills the rest) and import the new file.");
    public static readonly DiagnosticCode XliffTranslationChanged = new("SG0703", Severity.Error,
        "{0} was edited since this file was exported; importing would overwrite that edit",
        "Export again with 'translations export' so the file carries the current translation, then import.");
    public static readonly DiagnosticCode XliffUnknownDocument = new("SG0704", Severity.Error,
        "the XLIFF file names '{0}', which is not a guide, case study or page of this site",
        "Import the file into the site it was exported from.");
    public static readonly DiagnosticCode XliffMissingTarget = new("SG0705", Severity.Error,
        "unit '{0}' of '{1}' has no translation (target)",
        "Translate every unit in your CAT tool before importing.");
    public static readonly DiagnosticCode XliffCodeRemoved = new("SG0706", Severity.Error,
        "unit '{0}' of '{1}': the target lost inline code {2} ('{3}')",
        "Keep every protected inline code (links, xrefs, images, code, list and heading markers) in the translation.");
    public static readonly DiagnosticCode XliffCodeUnknown = new("SG0707", Severity.Error,
        "unit '{0}' of '{1}': the target has inline code '{2}', which the unit does not define",
        "Use only the inline codes of the unit's source; do not copy codes from other units.");
    public static readonly DiagnosticCode XliffCodeReordered = new("SG0708", Severity.Error,
        "unit '{0}' of '{1}': inline code {2} ('{3}') marks the block's structure and must keep its place",
        "Keep heading and list markers, quote prefixes and table cell separators where the source has them.");
    public static readonly DiagnosticCode XliffBrokenLink = new("SG0709", Severity.Error,
        "unit '{0}' of '{1}': the translation would link to '{2}', which does not exist",
        "Keep the links of the source (they are inline codes); write any new link with an existing uid or file.");
    public static readonly DiagnosticCode XliffUnknownUnit = new("SG0710", Severity.Error,
        "unit '{0}' is not a unit of '{1}' as exported",
        "Do not add or rename units in the CAT tool; export again if the source changed.");
    public static readonly DiagnosticCode XliffWrongLanguage = new("SG0711", Severity.Error,
        "the XLIFF file's target language '{0}' is not a translation language of this site",
        "Export with --lang set to one of the site's translation languages and import that file.");

    // SG08xx: offline editions (patches, ZIM, EPUB) and page budgets.
    public static readonly DiagnosticCode PatchUnreadable = new("SG0800", Severity.Error,
        "cannot read the patch: {0}",
        "Download the patch again: it is not a patch zip written by 'bundle --since'.");
    public static readonly DiagnosticCode PatchForAnotherEdition = new("SG0801", Severity.Error,
        "the patch updates edition {0} (manifest {1}), but the folder holds edition {2} (manifest {3}); nothing was changed",
        "Apply the patch made from your folder's edition (see its manifest.json), the patches in between first, or download the full zip.");
    public static readonly DiagnosticCode PatchTampered = new("SG0802", Severity.Error,
        "'{0}' in the patch does not match its manifest ({1}); nothing was changed",
        "Download the patch again from the site: it was damaged or altered on the way.");
    public static readonly DiagnosticCode PatchPathOutsideFolder = new("SG0803", Severity.Error,
        "the patch names '{0}', which is not a plain path inside the folder; nothing was changed",
        "Do not apply this patch: bundle --since never writes such a path. Download the patch again from the site.");
    public static readonly DiagnosticCode BundleFolderModified = new("SG0804", Severity.Error,
        "'{0}' in the folder does not match its manifest ({1}); nothing was changed",
        "Unzip the full bundle again: a file of the folder was changed or removed since its edition.");
    public static readonly DiagnosticCode NotABundleFolder = new("SG0805", Severity.Error,
        "the folder has no readable manifest.json of a bundle: {0}",
        "Give bundle apply the folder the zip unzipped into (the one holding index.html and manifest.json).");
    public static readonly DiagnosticCode SinceManifestUnreadable = new("SG0806", Severity.Error,
        "cannot read the manifest given to --since: {0}",
        "Pass --since the manifest.json of an earlier bundle (or its guides-<lang>.manifest.json, or the zip itself).");
    public static readonly DiagnosticCode SinceManifestUnmatched = new("SG0807", Severity.Error,
        "the manifest given to --since is of the languages [{0}], which this run does not bundle",
        "Bundle those languages too (--lang), or pass --since only the manifests of the bundles made now.");
    public static readonly DiagnosticCode ZimWriterMissing = new("SG0808", Severity.Error,
        "cannot build a ZIM: '{0}' was not found",
        "Install zimwriterfs (Debian and Ubuntu: apt-get install zim-tools), or bundle without --format zim.");
    public static readonly DiagnosticCode ZimWriterFailed = new("SG0809", Severity.Error,
        "zimwriterfs failed for language '{0}': {1}",
        "Read zimwriterfs's message above; check the installed zim-tools version (3.1 or later).");
    public static readonly DiagnosticCode PageOverBudget = new("SG0810", Severity.Warning,
        "the page '{0}' weighs {1} KB of HTML, CSS and JavaScript, over the budget of {2} KB",
        "Split the page (a long guide into several), or shorten its tables and lists: readers on slow links pay for every kilobyte.");
    public static readonly DiagnosticCode ScriptOverBudget = new("SG0811", Severity.Warning,
        "the page '{0}' loads {1} KB of JavaScript, over the budget of {2} KB",
        "Make the theme's scripts smaller: pages must read well with little or no JavaScript.");
    public static readonly DiagnosticCode ImageOverBudget = new("SG0812", Severity.Warning,
        "the image weighs {0} KB, over the budget of {1} KB",
        "Resize or recompress the image (a photo at 1600 px wide as JPEG or WebP is usually under 300 KB).");
    public static readonly DiagnosticCode UnusedAsset = new("SG0813", Severity.Warning,
        "no page uses this asset: it is left out of the offline bundles",
        "Link to the file from a guide or page, or delete it from input/assets/.");

    /// <summary>Every code, in catalogue order; codes are unique.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        InvalidUtf8, YamlSyntax, DuplicateYamlKey, MissingFrontMatter, FileUnreadable, YamlNotMapping, MarkdownTooDeep,
        LinkOutsideRoots, ForbiddenCharacter, InputFolderMissing, SourceFolderOutside,
        UnknownCaseStudy, UnknownXref, UnknownGuide, UnknownHub, UnknownSection, DuplicateUid, MissingXrefAnchor,
        DuplicateHub, SectionWithoutHub, SectionInTwoHubs, GuideOutsideSection,
        TranslationWithoutSource, TranslationAnchorMissing, UnknownLanguageSuffix, CodeOwnersOutOfDate, UncitedCaseStudy,
        CaseStudyOutsideSection, CaseStudyWithoutHub, MissingLanguageText,
        MissingKey, WrongType, InvalidDate, SummaryTooLong, InvalidCountry, UnknownKey, EmptyValue,
        InvalidLanguage, InvalidUrl, InvalidValue, InvalidAlias, InvalidIdentifier, IdentifierCaseClash, InvalidAssetName,
        InvalidBaseUrlOption, ListWrittenAsString, ScaffoldPrompt, UpdatedWithoutHistory,
        InvalidSourceUrl, InsecureSourceUrl, InvalidSourceItem, UnknownSourceKey, DuplicateSource,
        UnsafeScript, UnsafeEventHandler, UnsafeJavascriptUrl, DisallowedElement, DisallowedAttribute, DisallowedUrl, DisallowedStyle,
        RawHtmlLeftOpen, ElementLeftOpen, UnsafeAssetDocument, ConditionalComment, StrayEndTag, UnreadableHtml,
        BrokenLink, LinkOutsideInput, ForeignEmbed, SiteAbsoluteLink,
        TemplateSyntax, TemplateRender, MissingUiString, MissingLayout, MissingRequiredUiString,
        ThemeFolderMissing, InvalidDateFormat, MissingPartial, MissingUiStringFile, ThemeOptionFolderMissing,
        OutputWriteFailed, DestinationConflict, UnknownBundleLanguage, UnsafeOutputFolder, RebuildFailed, InitWouldOverwrite,
        UntranslatedTranslation, XliffUnreadable, XliffSourceChanged, XliffTranslationChanged, XliffUnknownDocument, XliffMissingTarget,
        XliffCodeRemoved, XliffCodeUnknown, XliffCodeReordered, XliffBrokenLink, XliffUnknownUnit, XliffWrongLanguage,
        PatchUnreadable, PatchForAnotherEdition, PatchTampered, PatchPathOutsideFolder, BundleFolderModified, NotABundleFolder,
        SinceManifestUnreadable, SinceManifestUnmatched, ZimWriterMissing, ZimWriterFailed,
        PageOverBudget, ScriptOverBudget, ImageOverBudget, UnusedAsset,
        ImageWithoutAlt, SecondTopHeading, BlockedByPolicy, InvalidHeadingId, HeadingIdTaken,
    ];
}
