namespace Parley.Diagnostics;

/// <summary>Messages about trained models and their training (PRL300–PRL329; PRL301 is in the main catalog).</summary>
public static partial class Messages
{
    /// <summary>A model file was not found where it was looked for.</summary>
    public static readonly MessageTemplate ModelNotFound = new("PRL302", Severity.Error, "model file not found: {0}");
    /// <summary>Training data yielded no sentences.</summary>
    public static readonly MessageTemplate TrainingDataEmpty = new("PRL303", Severity.Error, "no training sentences in {0}");
    /// <summary>Progress of a training epoch.</summary>
    public static readonly MessageTemplate TrainingEpoch = new("PRL304", Severity.Info, "epoch {0}: training accuracy {1:F2} %");
    /// <summary>A training or evaluation data file is in an unknown format.</summary>
    public static readonly MessageTemplate TrainingFormatUnknown = new("PRL305", Severity.Error, "unknown data format for {0}: expected .conllu, .conllu.gz or .iob2");
    /// <summary>A line of an IOB2 file is malformed.</summary>
    public static readonly MessageTemplate Iob2Malformed = new("PRL306", Severity.Error, "malformed IOB2 line: {0}");
}
