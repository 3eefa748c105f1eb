using System.CommandLine;
using Parley.Diagnostics;
using Parley.Documents;

namespace Parley.Cli;

/// <summary>
/// Runs a command over every document its inputs yield: diagnostics go to stderr as they come, the batch goes
/// on past bad inputs, and a summary line ends it. The exit code is 1 when any input failed (an error
/// diagnostic), else 0; warnings (an empty file, a duplicate id) do not fail the batch.
/// </summary>
internal static class DocumentBatch
{
    public static int Run(ParseResult result, InputOptions inputs, Action<Document, TextWriter> process)
    {
        var stdout = result.InvocationConfiguration.Output;
        var stderr = result.InvocationConfiguration.Error;
        int documents = 0, errors = 0, warnings = 0;
        foreach (var item in inputs.CreateSource(result).Read(inputs.GetInputs(result)))
        {
            if (item.Diagnostic is { } d)
            {
                stderr.WriteLine(d.ToString());
                errors += d.Severity == Severity.Error ? 1 : 0;
                warnings += d.Severity == Severity.Warning ? 1 : 0;
                continue;
            }
            try
            {
                process(item.Document!, stdout);
                documents++;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A defect met on one document must not cost the rest of the batch: report it and go on.
                stderr.WriteLine(Diagnostic.Create(Messages.DocumentFailed, new Location(item.Document!.Metadata.Id), e.GetType().Name, e.Message).ToString());
                errors++;
            }
        }
        stdout.Flush();
        stderr.WriteLine(Diagnostic.Create(Messages.BatchSummary, Location.None, documents, errors, warnings).ToString());
        return errors > 0 ? CliApp.BadInput : CliApp.Success;
    }
}
