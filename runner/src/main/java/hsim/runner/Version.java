package hsim.runner;

import picocli.CommandLine;

import java.io.InputStream;
import java.util.Properties;

/** The hsim version and the git commit the jar was built from (when known). */
public final class Version implements CommandLine.IVersionProvider {
    public static String version() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    /** The git commit recorded at build time by the launcher, or "unknown". */
    public static String commit() {
        try (InputStream in = Version.class.getResourceAsStream("/hsim-build.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("commit", "unknown");
            }
        } catch (Exception ignored) {
            // fall through
        }
        String env = System.getenv("HSIM_COMMIT");
        return env == null ? "unknown" : env;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"hsim " + version() + " (commit " + commit() + ")",
                "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name")};
    }
}
