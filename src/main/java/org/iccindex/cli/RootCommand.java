package org.iccindex.cli;

import picocli.CommandLine.Command;

@Command(
        name = "icc-index",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "The Intercultural Cities Index: definitions, scoring, benchmarking.",
            "Run with no command to start the web application on http://localhost:8080."
        },
        subcommands = {
            DefinitionCommand.class,
            ScoreCommand.class,
            ImportCommand.class,
            BenchmarkCommand.class,
            ReportCommand.class,
            WhatIfCommand.class,
            RobustnessCommand.class,
            picocli.CommandLine.HelpCommand.class
        })
class RootCommand {}
