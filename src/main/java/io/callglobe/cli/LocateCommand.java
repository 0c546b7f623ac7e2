package io.callglobe.cli;

import io.callglobe.geo.LocateFormatter;
import io.callglobe.geo.PhoneLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "locate", mixinStandardHelpOptions = true,
        description = {"Show where phone numbers would be drawn: one TSV line per number with the number "
                + "(masked unless --show-numbers), latitude, longitude, precision (city|region|country|unknown) "
                + "and place name.", "Invalid numbers get precision 'unknown' and the reason; the exit code stays 0."})
final class LocateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NUMBER", arity = "0..*",
            description = "Numbers in international form, e.g. +14845348611; - or none reads one per line from stdin.")
    List<String> numbers;

    @Option(names = "--show-numbers", description = "Print the numbers in full (they are personal data).")
    boolean showNumbers;

    @Override
    public Integer call() throws Exception {
        PhoneLocator locator = PhoneLocator.load();
        LocateFormatter formatter = new LocateFormatter(showNumbers);
        PrintWriter out = spec.commandLine().getOut();
        if (numbers == null || numbers.isEmpty() || numbers.equals(List.of("-"))) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    out.println(formatter.format(line.trim(), locator.locate(line.trim())));
                }
            }
        } else {
            for (String number : numbers) {
                out.println(formatter.format(number, locator.locate(number)));
            }
        }
        out.flush();
        return 0;
    }
}
