package io.callglobe.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EncoderSettingsTest {

    @Test
    void defaultsAre30FpsCrf23VeryfastAutoThreadsNoTune() {
        EncoderSettings settings = EncoderSettings.of(1280, 720);
        assertEquals(new EncoderSettings(1280, 720, 30, 23, "veryfast", 0, null, false), settings);
        assertEquals(1280 * 720 * 4, settings.frameBytes());
    }

    @Test
    void withersChangeOneSettingEach() {
        EncoderSettings settings = EncoderSettings.of(640, 360).withFps(60).withCrf(18).withPreset("slow").withThreads(2)
                .withTune("animation").withFragmented(true);
        assertEquals(new EncoderSettings(640, 360, 60, 18, "slow", 2, "animation", true), settings);
        assertEquals(null, settings.withTune(null).tune());
        assertEquals(false, settings.withFragmented(false).fragmented());
    }

    @Test
    void invalidValuesAreRejectedWithTheReason() {
        assertMessage("width must be a positive even number, got 641", () -> EncoderSettings.of(641, 360));
        assertMessage("height must be a positive even number, got 0", () -> EncoderSettings.of(640, 0));
        assertMessage("fps must be between 1 and 240, got 0", () -> EncoderSettings.of(640, 360).withFps(0));
        assertMessage("crf must be between 0 and 51, got 52", () -> EncoderSettings.of(640, 360).withCrf(52));
        assertMessage("threads must be 0 (auto) or positive, got -1", () -> EncoderSettings.of(640, 360).withThreads(-1));
        assertMessage("too large", () -> EncoderSettings.of(40_000, 40_000));
        assertMessage("tune must be one of", () -> EncoderSettings.of(640, 360).withTune("cartoon"));
        IllegalArgumentException preset = assertThrows(IllegalArgumentException.class,
                () -> EncoderSettings.of(640, 360).withPreset("turbo"));
        assertTrue(preset.getMessage().contains("veryfast") && preset.getMessage().endsWith("got turbo"), preset.getMessage());
    }

    private static void assertMessage(String expected, Runnable construction) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
