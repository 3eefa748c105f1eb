using System.IO.Compression;
using System.Text;
using Parley.Diagnostics;

namespace Parley.Tagging;

/// <summary>
/// The layout shared by the model files: an uncompressed header (a magic string and a format version), then a gzip
/// stream the model writes itself into. <see cref="Save"/> and <c>TryLoad</c> do the framing, the
/// not-found and invalid-file diagnostics; each model file only writes and reads its own body.
/// </summary>
internal static class ModelHeader
{
    /// <summary>Writes the header to <paramref name="path"/>, then the body through <paramref name="writeBody"/>.</summary>
    public static void Save(string path, ReadOnlySpan<byte> magic, int version, Action<BinaryWriter> writeBody)
    {
        using var file = File.Create(path);
        Write(file, magic, version);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        writeBody(w);
    }

    /// <summary>
    /// Checks the header of <paramref name="path"/> and reads the body through <paramref name="readBody"/>; null with
    /// a PRL301 (invalid) or PRL302 (not found) diagnostic when that fails.
    /// </summary>
    public static T? TryLoad<T>(string path, byte[] magic, int version, Func<BinaryReader, T> readBody, ICollection<Diagnostic> diagnostics)
        where T : class =>
        TryLoad(path, magic, (version, version), (r, _) => readBody(r), diagnostics);

    /// <summary>As the other overload, for a file format read in any version of a range; the body reader gets the version found.</summary>
    public static T? TryLoad<T>(string path, byte[] magic, (int Min, int Max) versions, Func<BinaryReader, int, T> readBody,
        ICollection<Diagnostic> diagnostics)
        where T : class
    {
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Create(Messages.ModelNotFound, new Location(path), path));
            return null;
        }
        try
        {
            using var file = File.OpenRead(path);
            var version = Check(file, magic, versions);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var buffered = new BufferedStream(gzip, 1 << 16);
            using var r = new BinaryReader(buffered, Encoding.UTF8);
            return readBody(r, version);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or ArgumentException)
        {
            diagnostics.Add(Diagnostic.Create(Messages.ModelInvalid, new Location(path), e.Message));
            return null;
        }
    }

    /// <exception cref="InvalidDataException">The magic or the version does not match.</exception>
    public static void Check(Stream stream, ReadOnlySpan<byte> magic, int version) => Check(stream, magic, (version, version));

    /// <summary>Checks the magic and that the version is in <paramref name="versions"/>; returns the version.</summary>
    /// <exception cref="InvalidDataException">The magic does not match or the version is out of the range.</exception>
    public static int Check(Stream stream, ReadOnlySpan<byte> magic, (int Min, int Max) versions)
    {
        Span<byte> header = stackalloc byte[magic.Length + 4];
        stream.ReadExactly(header);
        if (!header[..magic.Length].SequenceEqual(magic))
            throw new InvalidDataException($"not a {Encoding.ASCII.GetString(magic)} model file");
        var found = BitConverter.ToInt32(header[magic.Length..]);
        if (found < versions.Min || found > versions.Max)
            throw new InvalidDataException(versions.Min == versions.Max
                ? $"model format version {found}, this build reads version {versions.Min}"
                : $"model format version {found}, this build reads versions {versions.Min} to {versions.Max}");
        return found;
    }

    /// <summary>Writes the magic and version.</summary>
    public static void Write(Stream stream, ReadOnlySpan<byte> magic, int version)
    {
        stream.Write(magic);
        stream.Write(BitConverter.GetBytes(version));
    }
}
