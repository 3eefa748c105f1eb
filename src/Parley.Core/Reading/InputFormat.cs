namespace Parley.Reading;

/// <summary>How the bytes of an input file become documents.</summary>
public enum InputFormat
{
    /// <summary>One document per file: the whole file is the text.</summary>
    Text,
    /// <summary>One document per non-empty line, with id <c>file:line</c>.</summary>
    Lines,
    /// <summary>One JSON object per line: <c>id</c>, <c>text</c>, optional <c>date</c>, <c>title</c>, <c>url</c>, <c>source</c>.</summary>
    Jsonl,
    /// <summary>One web page per file; the article text is extracted and boilerplate removed.</summary>
    Html,
    /// <summary>CoNLL-U: documents (<c># newdoc</c>) with the file's words and sentences as given.</summary>
    Conllu,
}
