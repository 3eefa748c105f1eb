using Parley.Cli;

return CliApp.Run(args);
