using System.Text;
using Parley.Cli;

// Data goes to stdout through one buffered UTF-8 writer (Console.Out flushes on every write).
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
var exit = CliApp.Run(args, stdout);
stdout.Flush();
return exit;
