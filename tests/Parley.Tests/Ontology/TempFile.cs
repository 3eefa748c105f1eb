namespace Parley.Tests.Ontology;

/// <summary>Writes test input to fresh files under the system temp folder.</summary>
internal static class TempFile
{
    public static string Write(string text, string name = "data.tsv")
    {
        var dir = Directory.CreateTempSubdirectory("parley-test-").FullName;
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static string Folder(params (string Name, string Text)[] files)
    {
        var dir = Directory.CreateTempSubdirectory("parley-test-").FullName;
        foreach (var (name, text) in files)
            File.WriteAllText(Path.Combine(dir, name), text);
        return dir;
    }
}
