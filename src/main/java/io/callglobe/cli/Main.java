package io.callglobe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code callglobe render|snapshot|live|locate|bench|simulate|record ...}. */
@Command(name = "callglobe", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Draws the phone calls in progress as arcs on a 3D globe: MP4 videos and PNG snapshots "
                + "from recorded call-event logs, and a live wall display fed by RabbitMQ.",
        subcommands = {RenderCommand.class, SnapshotCommand.class, LiveCommand.class, LocateCommand.class,
                SimulateCommand.class, RecordCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        Logging.configure(args);
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        return commandLine;
    }
}
