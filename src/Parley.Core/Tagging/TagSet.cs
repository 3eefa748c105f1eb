

namespace Parley.Tagging;

/// <summary>
/// The tagger's classes. A class is a UPOS, a Penn Treebank XPOS and the verbal features that context decides
/// (Mood, Tense, VerbForm, Voice): <c>VERB VB VerbForm=Inf</c> and <c>VERB VB Mood=Imp|VerbForm=Fin</c> are two
/// classes. Features that the word itself decides (Number, Person, Case, PronType, …) come from the
/// <see cref="FeatsLexicon"/> instead, which keeps the class count (and the model) small.
/// </summary>
public sealed class TagSet
{
    private static readonly string[] ContextFeatures = ["Mood", "Tense", "VerbForm", "Voice"];
    private readonly string[] _names;
    private readonly Dictionary<string, int> _ids;
    private readonly Documents.Upos[] _upos;
    private readonly string[] _xpos;

    /// <summary>Creates a tag set from class names (<c>UPOS XPOS FEATS</c>, space-separated).</summary>
    public TagSet(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = [.. names];
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        _upos = new Documents.Upos[_names.Length];
        _xpos = new string[_names.Length];
        for (var i = 0; i < _names.Length; i++)
        {
            _ids.Add(_names[i], i);
            var parts = _names[i].Split(' ');
            _upos[i] = Enum.TryParse<Documents.Upos>(parts[0], out var u) ? u : Documents.Upos.X;
            _xpos[i] = parts.Length > 1 && parts[1] != "_" ? parts[1] : "";
        }
    }

    /// <summary>Number of classes.</summary>
    public int Count => _names.Length;

    /// <summary>Class names in id order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The name of class <paramref name="id"/>.</summary>
    public string Name(int id) => _names[id];

    /// <summary>The UPOS of class <paramref name="id"/>.</summary>
    public Documents.Upos Upos(int id) => _upos[id];

    /// <summary>The XPOS of class <paramref name="id"/>.</summary>
    public string Xpos(int id) => _xpos[id];

    /// <summary>The id of a class name, or -1.</summary>
    public int Find(string name) => _ids.TryGetValue(name, out var id) ? id : -1;

    /// <summary>The class name of a gold word: its UPOS, XPOS and the context-decided part of its features.</summary>
    public static string ClassName(Documents.Upos upos, string xpos, string feats) =>
        $"{upos} {(xpos.Length == 0 ? "_" : xpos)} {ContextPart(feats)}";

    /// <summary>The context-decided features (Mood, Tense, VerbForm, Voice) of a FEATS string, or <c>_</c>.</summary>
    public static string ContextPart(string feats)
    {
        ArgumentNullException.ThrowIfNull(feats);
        var kept = feats.Split('|').Where(f => ContextFeatures.Any(c => f.StartsWith(c + "=", StringComparison.Ordinal)));
        var joined = string.Join('|', kept);
        return joined.Length == 0 ? "_" : joined;
    }
}
