namespace StatiqGuides.Core.Caching;

/// <summary>What one build's tracked value answers to each numbered lookup (<see cref="LookupNumbers"/>), each asked of
/// the value once, however many read logs check it.</summary>
/// <remarks>Thread-safe: a cached step checks its items' logs from a parallel loop. Holds the lookups numbered when it
/// was made; one numbered later (by a log recorded in this build) is asked of the value each time, as it is rare.</remarks>
internal sealed class LookupAnswers(ITrackedReads value, LookupNumbers numbers)
{
    private readonly string?[] _answers = new string?[numbers.Count];

    public ITrackedReads Value => value;

    public string AnswerTo(int number)
    {
        if ((uint)number >= (uint)_answers.Length) return value.Fingerprint(numbers.NameOf(number));
        if (Volatile.Read(ref _answers[number]) is { } known) return known;
        // Two threads may both ask: the value answers the same (its own lookups are computed once, TrackedLookups).
        var answer = value.Fingerprint(numbers.NameOf(number));
        Volatile.Write(ref _answers[number], answer);
        return answer;
    }
}
