using Parley.Learning;

namespace Parley.Tagging;

/// <summary>
/// Compact storage of a <see cref="HashedPerceptron"/>: each feature row is written sparsely (non-zero classes
/// only) with its weights quantised to 16 bits against the row's largest weight. Used by every model file.
/// </summary>
internal static class PerceptronCodec
{
    public static void Write(HashedPerceptron perceptron, BinaryWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            perceptron.Save(w);
        buffer.Position = 0;
        using var r = new BinaryReader(buffer);
        var classes = r.ReadInt32();
        var count = r.ReadInt32();
        writer.Write(classes);
        writer.Write(count);
        var row = new float[classes];
        for (var i = 0; i < count; i++)
        {
            writer.Write(r.ReadUInt64());
            for (var c = 0; c < classes; c++)
                row[c] = r.ReadSingle();
            WriteRow(row, writer);
        }
    }

    private static void WriteRow(float[] row, BinaryWriter writer)
    {
        var max = row.Max(Math.Abs);
        var scale = max == 0 ? 1f : max / short.MaxValue;
        var nonZero = row.Select((w, c) => (c, q: (short)Math.Round(w / scale))).Where(x => x.q != 0).ToList();
        writer.Write(scale);
        writer.Write((ushort)nonZero.Count);
        foreach (var (c, q) in nonZero)
        {
            writer.Write((ushort)c);
            writer.Write(q);
        }
    }

    /// <exception cref="InvalidDataException">The data is malformed.</exception>
    public static HashedPerceptron Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (classes <= 0 || classes > ushort.MaxValue || count < 0)
            throw new InvalidDataException($"bad perceptron header: {classes} classes, {count} features");
        var keys = new ulong[count];
        var starts = new int[count + 1];
        var entries = new List<SparseRows.Entry>(count * 4);
        // One row at a time into a dense scratch row (a class written twice keeps its last weight), then its
        // non-zero weights as entries.
        var row = new float[classes];
        var touched = new List<int>();
        for (var i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt64();
            starts[i] = entries.Count;
            var scale = reader.ReadSingle();
            var n = reader.ReadUInt16();
            for (var k = 0; k < n; k++)
            {
                var c = reader.ReadUInt16();
                if (c >= classes)
                    throw new InvalidDataException($"class {c} out of range at row {i}");
                if (!touched.Contains(c))
                    touched.Add(c);
                row[c] = reader.ReadInt16() * scale;
            }
            foreach (var c in touched)
            {
                if (BitConverter.SingleToInt32Bits(row[c]) != 0)
                    entries.Add(new SparseRows.Entry { Class = c, Weight = row[c] });
                row[c] = 0;
            }
            touched.Clear();
        }
        starts[count] = entries.Count;
        return new HashedPerceptron(classes, SparseRows.Build(classes, keys, starts, [.. entries], out var duplicate)
            ?? throw new InvalidDataException($"duplicate feature key at row {duplicate}"));
    }
}
