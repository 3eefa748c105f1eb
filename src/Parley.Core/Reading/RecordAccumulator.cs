using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Parley.Diagnostics;

namespace Parley.Reading;

/// <summary>Decodes the bytes of one record, keeping its text up to the size limit and its first error.</summary>
internal sealed class RecordAccumulator
{
    private readonly string _name;
    private readonly int _line;
    private readonly int _maxChars;
    private readonly StringBuilder _text = new();
    private readonly char[] _scratch;
    private long _chars;
    private Diagnostic? _error;

    /// <summary>Starts a record at <paramref name="line"/>; <paramref name="scratch"/> is a decoding buffer shared by the records of one input.</summary>
    public RecordAccumulator(string name, int line, int maxChars, char[] scratch)
    {
        _scratch = scratch;
        _name = name;
        _line = line;
        _maxChars = maxChars;
    }

    /// <summary>Decodes <paramref name="bytes"/>, which start at input offset <paramref name="offset"/>; returns how many were used.</summary>
    /// <remarks>Unless <paramref name="final"/>, an incomplete sequence at the end is left for the next call.</remarks>
    public int Feed(ReadOnlySpan<byte> bytes, bool final, long offset, Cursor cursor)
    {
        if (_error is not null)
            return bytes.Length;
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            _error = Diagnostic.Create(Messages.InputBinary, At(cursor, offset + nul), offset + nul);
            return bytes.Length;
        }
        var used = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes[used..], _scratch, out var read, out var written, false, final);
            Keep(written);
            used += read;
            switch (status)
            {
                case OperationStatus.DestinationTooSmall:
                    continue;
                case OperationStatus.InvalidData:
                    _error = Diagnostic.Create(Messages.InputInvalidUtf8, At(cursor, offset + used), bytes[used], offset + used);
                    return bytes.Length;
                default:
                    return used;
            }
        }
    }

    /// <summary>Adds the newline that separated two lines of a multi-line record.</summary>
    public void AppendNewline()
    {
        _scratch[0] = '\n';
        Keep(1);
    }

    /// <summary>The record's text or its error.</summary>
    public RawRecord Finish(bool trimCarriageReturn)
    {
        if (_error is not null)
            return new RawRecord(_line, null, _error);
        if (_chars > _maxChars)
            return new RawRecord(_line, null, Diagnostic.Create(Messages.InputTooLarge, new Location(_name, _line), _chars, _maxChars));
        if (trimCarriageReturn && _text.Length > 0 && _text[^1] == '\r')
            _text.Length--;
        return new RawRecord(_line, _text.ToString(), null);
    }

    private void Keep(int written)
    {
        _chars += written;
        if (_chars <= _maxChars)
            _text.Append(_scratch, 0, written);
        else if (_text.Length > 0)
            _text.Clear().Capacity = 0;
    }

    private Location At(Cursor cursor, long offset) => new(_name, cursor.Line, offset - cursor.LineStart);
}
