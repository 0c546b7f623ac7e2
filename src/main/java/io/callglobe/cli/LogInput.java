package io.callglobe.cli;

import io.callglobe.events.EventLogReader;
import io.callglobe.events.EventParser;
import io.callglobe.events.EventProblems;
import io.callglobe.geo.PhoneLocator;
import io.callglobe.render.RenderSettings;
import io.callglobe.replay.LogSummary;
import io.callglobe.replay.Replay;
import io.callglobe.scene.CallPlaces;
import io.callglobe.scene.SceneBuilder;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A recorded log opened for replay, with the problem counts its reading collects. */
final class LogInput implements Closeable {
    final EventProblems problems = new EventProblems();
    final LogSummary summary;
    final Replay replay;
    private final EventLogReader reader;
    private final SceneOptions scene;

    private LogInput(String source, SceneOptions scene, PhoneLocator locator) throws IOException {
        this.scene = scene;
        boolean stdin = EventLogReader.STDIN.equals(source);
        if (!stdin && !Files.isRegularFile(Path.of(source))) {
            throw new NoSuchFileException(source);
        }
        summary = stdin ? null : LogSummary.scan(source, locator);
        reader = EventLogReader.open(source, new EventParser(), problems);
        CallPlaces places = new CallPlaces(locator, problems);
        replay = new Replay(reader, scene.tracker(problems), places, new SceneBuilder(places, scene.hudOptions()));
    }

    static LogInput open(String source, SceneOptions scene) throws IOException {
        return new LogInput(source, scene, PhoneLocator.load());
    }

    /** The scene options' settings, the camera aimed at the log's calls unless told otherwise. */
    RenderSettings renderSettings() {
        return scene.renderSettings(summary == null ? null : summary.activityCenter());
    }

    boolean fromStdin() {
        return summary == null;
    }

    long linesRead() {
        return reader.linesRead();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
