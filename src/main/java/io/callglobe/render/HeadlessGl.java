package io.callglobe.render;

import com.jogamp.common.jvm.JNILibLoaderBase;
import com.jogamp.common.os.Platform;
import com.jogamp.nativewindow.AbstractGraphicsDevice;
import com.jogamp.nativewindow.DefaultGraphicsDevice;
import com.jogamp.nativewindow.NativeWindowFactory;
import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLDrawableFactory;
import com.jogamp.opengl.GLOffscreenAutoDrawable;
import com.jogamp.opengl.GLProfile;
import com.jogamp.opengl.GLRendererQuirks;

import java.lang.reflect.Field;

/**
 * Brings JOGL 2.3.2 up on Mesa's EGL with no X server and hands out offscreen GL 3.3+ core drawables.
 *
 * <p>JOGL 2.3.2 cannot do this on its own (see README, "Headless OpenGL"): out of the box it asks
 * Mesa's surfaceless EGL for window configs it does not have, never loads its desktop-GL glue library
 * in EGL mode, and forces ES2 context versions on desktop profiles. {@link #initialise()} works around
 * all three before JOGL's profile mapping runs. The JVM must be started with
 * {@code EGL_PLATFORM=surfaceless} in its environment (the launcher and Surefire set it).
 */
public final class HeadlessGl {
    private static volatile GLProfile profile;

    private HeadlessGl() {
    }

    /** Initialises JOGL once per JVM; later calls return the same profile. */
    public static synchronized GLProfile initialise() {
        if (profile != null) {
            return profile;
        }
        if (!"surfaceless".equals(System.getenv("EGL_PLATFORM"))) {
            throw new IllegalStateException("EGL_PLATFORM=surfaceless must be set in the environment of the JVM "
                    + "(use the ./callglobe launcher, or export it before starting java)");
        }
        System.setProperty("nativewindow.ws.name", ".egl");
        NativeWindowFactory.initSingleton();
        AbstractGraphicsDevice eglDevice = new DefaultGraphicsDevice(NativeWindowFactory.TYPE_EGL,
                AbstractGraphicsDevice.DEFAULT_CONNECTION, AbstractGraphicsDevice.DEFAULT_UNIT);
        // Mesa's surfaceless platform only has pbuffer configs: send profile mapping down the pbuffer path.
        GLRendererQuirks.addStickyDeviceQuirk(eglDevice, GLRendererQuirks.NoSurfacelessCtx);
        Platform.initSingleton();
        DesktopGlueLoader.load();
        GLProfile.initSingleton();
        clearStickyQuirk(eglDevice, GLRendererQuirks.GLES3ViaEGLES2Config);
        profile = GLProfile.get(GLProfile.GL4);
        return profile;
    }

    /**
     * Runs {@link #initialise()} on a thread of its own, so JOGL's start-up (most of a second) overlaps reading
     * the log; a failure here is thrown again, with its message, by the renderer's own call.
     */
    public static void initialiseInBackground() {
        Thread startup = new Thread(() -> {
            try {
                initialise();
            } catch (RuntimeException | LinkageError e) {
                // Reported by the next initialise() call, on the thread that renders.
            }
        }, "gl-startup");
        startup.setDaemon(true);
        startup.start();
    }

    /** An offscreen drawable whose context is ready to be made current on the calling thread. */
    public static GLOffscreenAutoDrawable createOffscreen(int width, int height) {
        GLProfile glProfile = initialise();
        GLDrawableFactory factory = GLDrawableFactory.getEGLFactory();
        GLCapabilities caps = new GLCapabilities(glProfile);
        caps.setOnscreen(false);
        caps.setFBO(true);
        caps.setDoubleBuffered(false);
        GLOffscreenAutoDrawable drawable =
                factory.createOffscreenAutoDrawable(factory.getDefaultDevice(), caps, null, width, height);
        drawable.display();
        return drawable;
    }

    /** The ES2 probe leaves this quirk set, which would force a version-2 context for desktop GL. */
    private static void clearStickyQuirk(AbstractGraphicsDevice device, int quirk) {
        GLRendererQuirks quirks = GLRendererQuirks.getStickyDeviceQuirks(device);
        try {
            Field bitmask = GLRendererQuirks.class.getDeclaredField("_bitmask");
            bitmask.setAccessible(true);
            bitmask.setInt(quirks, bitmask.getInt(quirks) & ~(1 << quirk));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot clear JOGL quirk " + GLRendererQuirks.toString(quirk), e);
        }
    }

    /** JOGL loads only its ES glue library in EGL mode; desktop GL needs jogl_desktop too. */
    private static final class DesktopGlueLoader extends JNILibLoaderBase {
        static void load() {
            JNILibLoaderBase.addNativeJarLibsJoglCfg(
                    new Class<?>[] {jogamp.nativewindow.Debug.class, jogamp.opengl.Debug.class});
            if (!loadLibrary("jogl_desktop", false, HeadlessGl.class.getClassLoader())) {
                throw new IllegalStateException("cannot load JOGL's jogl_desktop native library");
            }
        }
    }
}
