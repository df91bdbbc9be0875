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

    /**
     * The git commit of the sources: {@code HSIM_COMMIT} when the launcher set it (it looks at the
     * checkout as it is now), else the commit the build recorded in {@code hsim-build.properties}
     * (git-commit-id-maven-plugin), so a jar copied to a cluster still knows it; "unknown" when the jar
     * was built outside a git checkout.
     */
    public static String commit() {
        String env = System.getenv("HSIM_COMMIT");
        if (env != null && !env.isBlank() && !env.startsWith("unknown")) return env;
        String built = builtCommit();
        return built != null ? built : "unknown";
    }

    /** The commit recorded at build time, with "-dirty" when the checkout had uncommitted changes; or null. */
    static String builtCommit() {
        try (InputStream in = Version.class.getResourceAsStream("/hsim-build.properties")) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(in);
            String id = p.getProperty("git.commit.id.abbrev", "").strip();
            if (id.isEmpty()) return null;
            return "true".equals(p.getProperty("git.dirty", "").strip()) ? id + "-dirty" : id;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"hsim " + version() + " (commit " + commit() + ")",
                "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name")};
    }
}
