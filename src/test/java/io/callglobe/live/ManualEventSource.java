package io.callglobe.live;

import io.callglobe.events.CallEvent;

import java.util.function.Consumer;

/** A source the test drives by hand: it sends events when told and says it is connected when told. */
final class ManualEventSource implements LiveEventSource {
    private volatile Consumer<CallEvent> sink;
    private volatile boolean connected = true;

    @Override
    public void start(Consumer<CallEvent> sink) {
        this.sink = sink;
    }

    void send(CallEvent event) {
        sink.accept(event);
    }

    void setConnected(boolean connected) {
        this.connected = connected;
    }

    @Override
    public boolean connected() {
        return connected;
    }

    @Override
    public String description() {
        return "manual test source";
    }

    @Override
    public void close() {
        connected = false;
    }
}
