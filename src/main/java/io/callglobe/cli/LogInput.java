package io.callglobe.cli;

import io.callglobe.events.EventLogReader;
import io.callglobe.events.EventParser;
import io.callglobe.events.EventProblems;
import io.callglobe.geo.GeoPoint;
import io.callglobe.geo.PhoneLocator;
import io.callglobe.render.RenderSettings;
import io.callglobe.replay.LogSummary;
import io.callglobe.replay.Replay;
import io.callglobe.scene.CallPlaces;
import io.callglobe.scene.SceneBuilder;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A recorded log opened for replay, with the problem counts its reading collects. */
final class LogInput implements Closeable {
    final EventProblems problems = new EventProblems();
    /** The whole log's span and centre; null for stdin and for a single picture. */
    final LogSummary summary;
    final Replay replay;
    private final EventLogReader reader;
    private final SceneOptions scene;
    private final boolean stdin;
    private final GeoPoint activityCenter;

    private LogInput(String source, SceneOptions scene, PhoneLocator locator, boolean wholeLogSummary)
            throws IOException {
        this.scene = scene;
        stdin = EventLogReader.STDIN.equals(source);
        requireReadable(source);
        summary = stdin || !wholeLogSummary ? null : LogSummary.scan(source, locator);
        activityCenter = summary != null ? summary.activityCenter()
                : stdin || scene.center != null ? null : LogSummary.activityCenter(source, locator);
        reader = EventLogReader.open(source, new EventParser(), problems);
        CallPlaces places = new CallPlaces(locator, problems);
        replay = new Replay(reader, problems, scene.tracker(problems), places,
                new SceneBuilder(places, scene.hudOptions()));
    }

    /** Fails early, as opening would, when the log is neither stdin nor a file. */
    static void requireReadable(String source) throws FileSystemException {
        if (!EventLogReader.STDIN.equals(source)) {
            // A file is read twice (scanned, then replayed), which a pipe cannot be.
            requireLogFile(Path.of(source), "; give a stream on stdin as -");
        }
    }

    /** Fails, saying why, unless {@code log} is a regular file; {@code otherwise} is added to "not a regular file". */
    static void requireLogFile(Path log, String otherwise) throws FileSystemException {
        if (!Files.exists(log)) {
            throw new NoSuchFileException(log.toString());
        }
        if (Files.isDirectory(log)) {
            throw new FileSystemException(log.toString(), null, "a folder, not a log file");
        }
        if (!Files.isRegularFile(log)) {
            throw new FileSystemException(log.toString(), null, "not a regular file" + otherwise);
        }
    }

    /** A log to render a video of: a file is scanned whole first, for the span to plan. */
    static LogInput open(String source, SceneOptions scene) throws IOException {
        return new LogInput(source, scene, PhoneLocator.load(), true);
    }

    /** A log to take one picture of: a file is read ahead only as far as aiming the camera needs. */
    static LogInput openForPicture(String source, SceneOptions scene) throws IOException {
        return new LogInput(source, scene, PhoneLocator.load(), false);
    }

    /** The scene options' settings, the camera aimed at the log's calls unless told otherwise. */
    RenderSettings renderSettings() {
        return scene.renderSettings(activityCenter);
    }

    boolean fromStdin() {
        return stdin;
    }

    long linesRead() {
        return reader.linesRead();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
