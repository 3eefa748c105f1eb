using Parley.Diagnostics;

namespace Parley.Reading;

/// <summary>One record cut from a byte stream: a whole file or one line, as text or as the reason it failed.</summary>
/// <param name="Line">The 1-based line the record starts on.</param>
/// <param name="Text">The decoded text, or null when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the record could not be read.</param>
internal readonly record struct RawRecord(int Line, string? Text, Diagnostic? Error);
