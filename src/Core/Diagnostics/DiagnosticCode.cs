namespace StatiqGuides.Core.Diagnostics;

/// <summary>One entry of the diagnostic catalogue: a stable code, its severity and a message template.</summary>
/// <param name="Code">The stable identifier, <c>SGnnnn</c>; never reused for another meaning.</param>
/// <param name="Severity">The severity every report of this code carries.</param>
/// <param name="MessageFormat">A composite format string filled with the report's arguments.</param>
/// <param name="Fix">One sentence telling an author how to fix it; listed in the contributor docs.</param>
public sealed record DiagnosticCode(string Code, Severity Severity, string MessageFormat, string Fix);
