"""`cchc` command line: one module per subcommand."""
