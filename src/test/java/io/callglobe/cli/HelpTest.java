package io.callglobe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every subcommand explains itself with --help. */
class HelpTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "render|--output --fps --speed --duration --from --to --crf --preset --threads --no-progress --size --style "
                + "--center --altitude --rotate --title --tz --ttl --fade --samples --line-width --verbose",
        "snapshot|--at --output --size --style --center --altitude --title --tz --ttl --verbose",
        "locate|--show-numbers NUMBER",
        "bench|--quick --frames --only --sizes --arcs --seed",
    })
    void helpListsTheOptions(String command, String expected) {
        Cli.Result result = Cli.run(command, "--help");

        assertEquals(0, result.exitCode(), result::describe);
        assertTrue(result.out().startsWith("Usage: callglobe " + command), result::describe);
        for (String option : List.of(expected.split(" "))) {
            assertTrue(result.out().contains(option), () -> option + " missing from:\n" + result.out());
        }
        assertEquals("", result.err());
    }

    @Test
    void aStartForOneSubcommandBuildsOnlyItAndHelp() {
        assertEquals(Set.of("snapshot", "help"),
                Main.commandLine(new String[] {"snapshot", "log.jsonl"}).getSubcommands().keySet());
        Set<String> all = Set.of("render", "snapshot", "live", "locate", "simulate", "record", "bench", "help");
        assertEquals(all, Main.commandLine(new String[] {"help", "snapshot"}).getSubcommands().keySet());
        assertEquals(all, Main.commandLine(new String[] {"--verbose", "snapshot"}).getSubcommands().keySet());
        assertEquals(all, Main.commandLine(new String[] {"snapshotx"}).getSubcommands().keySet());
    }
}
