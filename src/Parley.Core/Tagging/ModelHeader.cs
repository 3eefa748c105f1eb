namespace Parley.Tagging;

/// <summary>Checks the uncompressed header of a model file: a magic string and a format version.</summary>
internal static class ModelHeader
{
    /// <exception cref="InvalidDataException">The magic or the version does not match.</exception>
    public static void Check(Stream stream, ReadOnlySpan<byte> magic, int version)
    {
        Span<byte> header = stackalloc byte[magic.Length + 4];
        stream.ReadExactly(header);
        if (!header[..magic.Length].SequenceEqual(magic))
            throw new InvalidDataException($"not a {System.Text.Encoding.ASCII.GetString(magic)} model file");
        var found = BitConverter.ToInt32(header[magic.Length..]);
        if (found != version)
            throw new InvalidDataException($"model format version {found}, this build reads version {version}");
    }

    /// <summary>Writes the magic and version.</summary>
    public static void Write(Stream stream, ReadOnlySpan<byte> magic, int version)
    {
        stream.Write(magic);
        stream.Write(BitConverter.GetBytes(version));
    }
}
