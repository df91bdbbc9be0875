package hsim.runner;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NOTICE must name every third-party artifact that hsim.jar ships, with the version shipped. */
class NoticeTest {
    private static final Pattern ARTIFACT = Pattern.compile("^\\s*([\\w.\\-]+):([\\w.\\-]+):jar:([\\w.\\-]+):(compile|runtime)");

    @Test
    void noticeListsEveryShippedArtifact() throws IOException {
        Path listing = Path.of("target/shipped-dependencies.txt");
        assertTrue(Files.exists(listing), "maven-dependency-plugin should have written " + listing.toAbsolutePath());
        String notice = Files.readString(Path.of("../NOTICE"));
        List<String> shipped = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(listing)) {
            Matcher m = ARTIFACT.matcher(line);
            if (!m.find() || m.group(1).equals("org.hsim")) continue;
            String ga = m.group(1) + ":" + m.group(2);
            shipped.add(ga);
            if (!notice.contains(ga + ":" + m.group(3)) && !notice.contains(m.group(2) + " " + m.group(3))) {
                missing.add(ga + ":" + m.group(3));
            }
        }
        assertFalse(shipped.isEmpty(), "no shipped artifacts parsed from " + listing);
        assertTrue(missing.isEmpty(), "NOTICE does not name these shipped artifacts with their versions: " + missing);

        // and the other way round: what NOTICE says the jar bundles, it bundles (a dropped library leaves it)
        String bundled = notice.substring(0, notice.indexOf("Test-only"));
        List<String> stale = new ArrayList<>();
        Matcher named = Pattern.compile("([a-z][\\w.\\-]*\\.[\\w.\\-]+):([\\w.\\-]+):(\\d[\\w.\\-]*\\w)").matcher(bundled);
        while (named.find()) {
            if (!shipped.contains(named.group(1) + ":" + named.group(2))) stale.add(named.group());
        }
        assertTrue(stale.isEmpty(), "NOTICE names artifacts that hsim.jar does not ship: " + stale);
    }
}
