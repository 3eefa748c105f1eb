using System.Collections.Immutable;
using System.Text;
using Parley.Diagnostics;

namespace Parley.Petrarch;

/// <summary>A discard phrase: whole story (<c>+</c>) or sentence; whole word (trailing <c>_</c>) or stem.</summary>
/// <param name="Phrase">The normalized phrase (upper case, single spaces).</param>
/// <param name="Story">True when a match discards the whole story, else only the sentence.</param>
/// <param name="WholeWord">True when the match must end at a word boundary; else the phrase is a stem.</param>
/// <param name="File">The dictionary file.</param>
/// <param name="Line">The line.</param>
public sealed record PetrarchDiscard(string Phrase, bool Story, bool WholeWord, string File, int Line);

/// <summary>
/// A PETRARCH discard list (sports, entertainment, chronologies…) that Parley applies before coding: a sentence
/// containing a phrase is not coded, and for a <c>+</c> phrase the whole story is not. Matching ignores case and
/// punctuation; a phrase must start at a word start.
/// </summary>
public sealed class PetrarchDiscards
{
    internal PetrarchDiscards(ImmutableArray<PetrarchDiscard> entries) => Entries = entries;

    /// <summary>No phrases.</summary>
    public static PetrarchDiscards Empty { get; } = new([]);

    /// <summary>The phrases of several lists, in order.</summary>
    public static PetrarchDiscards Concat(IEnumerable<PetrarchDiscards> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        return new([.. lists.SelectMany(l => l.Entries)]);
    }

    /// <summary>The phrases in file order.</summary>
    public ImmutableArray<PetrarchDiscard> Entries { get; }

    /// <summary>The first discard phrase found in <paramref name="text"/> (story discards before sentence discards), or null.</summary>
    public PetrarchDiscard? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var padded = " " + Normalize(text) + " ";
        return Entries.Where(e => e.Story).Concat(Entries.Where(e => !e.Story))
            .FirstOrDefault(e => padded.Contains(" " + e.Phrase + (e.WholeWord ? " " : ""), StringComparison.Ordinal));
    }

    internal static PetrarchDiscards Read(IEnumerable<PetrarchLine> lines, string file, List<Diagnostic> diagnostics)
    {
        var entries = ImmutableArray.CreateBuilder<PetrarchDiscard>();
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            var story = text.StartsWith('+');
            var body = story ? text[1..].Trim() : text;
            var phrase = Normalize(body);
            if (phrase.Length == 0)
                diagnostics.Add(Diagnostic.Create(Messages.PetrarchLineMalformed, new Location(file, line.Number), $"'{text}' has no discard phrase"));
            else
                entries.Add(new PetrarchDiscard(phrase, story, body.EndsWith('_'), file, line.Number));
        }
        return new PetrarchDiscards(entries.ToImmutable());
    }

    /// <summary>Upper case; every character that is not a letter, digit, apostrophe or hyphen becomes a space; single spaces.</summary>
    internal static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var c = char.IsLetterOrDigit(ch) || ch is '\'' or '-' ? char.ToUpperInvariant(ch) : ' ';
            if (c != ' ' || (sb.Length > 0 && sb[^1] != ' '))
                sb.Append(c);
        }
        return sb.ToString().TrimEnd();
    }
}
