package io.callglobe.replay;

import io.callglobe.calls.CallTracker;
import io.callglobe.events.EventLogReader;
import io.callglobe.events.EventParser;
import io.callglobe.events.EventProblems;
import io.callglobe.scene.CallPlaces;
import io.callglobe.scene.HudOptions;
import io.callglobe.scene.SceneBuilder;
import io.callglobe.scene.TalkdeskLog;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;

/** A log opened for replay the way the render command opens one, with its parts at hand for assertions. */
public final class TestReplay implements Closeable {
    public static final HudOptions UTC_HUD = new HudOptions(ZoneOffset.UTC, null);

    public final EventProblems problems = new EventProblems();
    public final CallTracker tracker = new CallTracker(problems);
    public final CallPlaces places = new CallPlaces(TalkdeskLog.LOCATOR, problems);
    public final Replay replay;
    private final EventLogReader reader;

    public TestReplay(Path log, HudOptions hud) throws IOException {
        reader = EventLogReader.open(log.toString(), new EventParser(), problems);
        replay = new Replay(reader, problems, tracker, places, new SceneBuilder(places, hud));
    }

    public TestReplay(Path log) throws IOException {
        this(log, UTC_HUD);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
