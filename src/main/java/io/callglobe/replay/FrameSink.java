package io.callglobe.replay;

import io.callglobe.render.GlobeFrame;

import java.io.IOException;

/** Where rendered frames go: a video encoder, a live stream. */
public interface FrameSink {
    void accept(GlobeFrame frame) throws IOException, InterruptedException;
}
