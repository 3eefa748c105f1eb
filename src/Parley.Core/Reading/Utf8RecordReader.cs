using Parley.Diagnostics;

namespace Parley.Reading;

/// <summary>
/// Streams a byte input and cuts it into records (the whole input, or one per line), validating UTF-8 on the
/// way. Reports the first NUL or invalid byte with its line, its byte offset in the line and in the input; a
/// record larger than the limit is counted but not kept, so a 50 MB line costs one buffer of memory.
/// </summary>
internal sealed class Utf8RecordReader
{
    private const int DefaultChunkSize = 1 << 16;
    private const int SniffBytes = 8192;
    private readonly string _name;
    private readonly bool _splitLines;
    private readonly int _maxChars;
    private readonly int _chunkSize;

    /// <summary>Creates a reader; <paramref name="chunkSize"/> is only changed by tests, to put chunk boundaries everywhere.</summary>
    public Utf8RecordReader(string name, bool splitLines, int maxChars, int chunkSize = DefaultChunkSize)
    {
        _chunkSize = chunkSize;
        _name = name;
        _splitLines = splitLines;
        _maxChars = maxChars;
    }

    public IEnumerable<RawRecord> Read(Stream stream)
    {
        var buffer = new byte[_chunkSize + 4];
        var scan = new Scan(this);
        var done = new List<RawRecord>();
        int carry = 0;
        while (true)
        {
            var (n, readError) = TryRead(stream, buffer, carry);
            if (readError is not null)
            {
                yield return new RawRecord(scan.Cursor.Line, null, readError);
                yield break;
            }
            var eof = n == 0;
            var pos = scan.Chunk(buffer.AsSpan(0, carry + n), eof, done);
            foreach (var record in done)
                yield return record;
            if (eof || scan.Stopped)
                yield break;
            done.Clear();
            carry = carry + n - pos;
            buffer.AsSpan(pos, carry).CopyTo(buffer);
            scan.Cursor.Offset += pos;
        }
    }

    /// <summary>The state of one pass over an input.</summary>
    private sealed class Scan(Utf8RecordReader reader)
    {
        private readonly char[] _scratch = new char[4096];
        private RecordAccumulator? _current;

        private RecordAccumulator Record => _current ??= new(reader._name, 1, reader._maxChars, _scratch);
        private bool _first = true;

        public Cursor Cursor { get; } = new();

        public bool Stopped { get; private set; }

        /// <summary>Consumes a chunk, adding finished records to <paramref name="done"/>; returns the bytes used.</summary>
        public int Chunk(ReadOnlySpan<byte> span, bool eof, List<RawRecord> done)
        {
            var pos = _first ? Start(span, done) : 0;
            if (Stopped)
                return span.Length;
            while (pos < span.Length)
            {
                var rest = span[pos..];
                var nl = rest.IndexOf((byte)'\n');
                if (nl < 0)
                {
                    pos += Record.Feed(rest, eof, Cursor.Offset + pos, Cursor);
                    break;
                }
                Record.Feed(rest[..nl], true, Cursor.Offset + pos, Cursor);
                pos += nl + 1;
                Cursor.Line++;
                Cursor.LineStart = Cursor.Offset + pos;
                EndLine(done);
            }
            if (eof)
                done.Add(Record.Finish(trimCarriageReturn: reader._splitLines));
            return pos;
        }

        private void EndLine(List<RawRecord> done)
        {
            if (!reader._splitLines)
            {
                Record.AppendNewline();
                return;
            }
            done.Add(Record.Finish(trimCarriageReturn: true));
            _current = new RecordAccumulator(reader._name, Cursor.Line, reader._maxChars, _scratch);
        }

        /// <summary>Skips a byte-order mark and rejects input whose first bytes hold a NUL.</summary>
        private int Start(ReadOnlySpan<byte> span, List<RawRecord> done)
        {
            _first = false;
            var pos = span.StartsWith("\uFEFF"u8) ? 3 : 0;
            Cursor.LineStart = pos;
            if (reader.Sniff(span[pos..Math.Min(span.Length, SniffBytes)], pos) is { } binary)
            {
                done.Add(binary);
                Stopped = true;
            }
            return pos;
        }
    }

    private (int Read, Diagnostic? Error) TryRead(Stream stream, byte[] buffer, int carry)
    {
        try
        {
            return (stream.Read(buffer, carry, _chunkSize), null);
        }
        catch (IOException e)
        {
            return (0, Diagnostic.Create(Messages.InputUnreadable, new Location(_name), e.Message));
        }
    }

    private RawRecord? Sniff(ReadOnlySpan<byte> head, int start)
    {
        var nul = head.IndexOf((byte)0);
        if (nul < 0)
            return null;
        var before = head[..nul];
        var line = before.Count((byte)'\n') + 1;
        var column = nul - (before.LastIndexOf((byte)'\n') + 1);
        var where = new Location(_name, line, column);
        return new RawRecord(line, null, Diagnostic.Create(Messages.InputBinary, where, start + nul));
    }
}

/// <summary>Where the reader is: the input offset of the buffer start, the current line and where it starts.</summary>
internal sealed class Cursor
{
    public long Offset { get; set; }

    public int Line { get; set; } = 1;

    public long LineStart { get; set; }
}
