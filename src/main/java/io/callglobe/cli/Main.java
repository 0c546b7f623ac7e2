package io.callglobe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;

/** Entry point: {@code callglobe render|snapshot|live|locate|bench|simulate|record ...}. */
@Command(name = "callglobe", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Draws the phone calls in progress as arcs on a 3D globe: MP4 videos and PNG snapshots "
                + "from recorded call-event logs, and a live wall display fed by RabbitMQ.")
public final class Main {
    private static final List<Class<?>> SUBCOMMANDS = List.of(RenderCommand.class, SnapshotCommand.class,
            LiveCommand.class, LocateCommand.class, SimulateCommand.class, RecordCommand.class, BenchCommand.class);

    public static void main(String[] args) {
        Logging.configure(args);
        System.exit(commandLine(args).execute(args));
    }

    /** With every subcommand, for help and tests. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * With only the subcommand {@code args} names, when it names one: picocli reflects over each subcommand it
     * is given, and all of them cost every start ~70 ms, a snapshot's included. Otherwise (help, a typo) with all
     * of them.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new Main());
        boolean named = args.length > 0 && SUBCOMMANDS.stream().anyMatch(type -> nameOf(type).equals(args[0]));
        for (Class<?> type : SUBCOMMANDS) {
            if (!named || nameOf(type).equals(args[0])) {
                commandLine.addSubcommand(type);
            }
        }
        commandLine.addSubcommand(CommandLine.HelpCommand.class);
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        return commandLine;
    }

    private static String nameOf(Class<?> subcommand) {
        return subcommand.getAnnotation(Command.class).name();
    }
}
