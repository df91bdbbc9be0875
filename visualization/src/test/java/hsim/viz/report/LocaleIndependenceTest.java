package hsim.viz.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report is the same, byte for byte (HTML and every chart PNG), whatever the machine's locale:
 * fr_HT (decimal comma, narrow no-break space grouping) and de_DE (decimal comma, '.' grouping) render
 * exactly what the root locale renders, with '.' decimals and no thousands separators.
 */
@Isolated // Locale.setDefault is JVM-wide: no other test class may run meanwhile
class LocaleIndependenceTest {
    @TempDir Path tmp;

    private Map<String, byte[]> render(Locale locale) throws IOException {
        Path results = tmp.resolve(locale.toLanguageTag()).resolve("results"); // same name: the title shows it
        ResultsFixture.compare(results, List.of("baseline", "rapid-force", "training"), 4, 30);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            assertEquals(locale.equals(Locale.ROOT) ? "0.5" : "0,5", String.format("%.1f", 0.5), "the default locale took effect");
            ReportWriter.write(results);
        } finally {
            Locale.setDefault(before);
        }
        Map<String, byte[]> files = new TreeMap<>();
        Path report = results.resolve("report");
        try (Stream<Path> s = Files.walk(report)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) files.put(report.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }

    @Test
    void frenchHaitianAndGermanLocalesRenderTheRootLocaleReport() throws IOException {
        Map<String, byte[]> root = render(Locale.ROOT);
        String html = new String(root.get("index.html"), StandardCharsets.UTF_8);
        Matcher decimal = Pattern.compile("<span class=\"m\">−?\\d+\\.\\d+</span>").matcher(html);
        assertTrue(decimal.find(), "means have '.' decimals");
        assertTrue(html.contains("<span class=\"ci\">["), "intervals are shown");
        assertFalse(html.contains("\u00a0") || html.contains("\u202f"), "no no-break space grouping");
        assertFalse(Pattern.compile("\\d[,\u00a0\u202f]\\d{3}(?!\\d)").matcher(html).find(), "no grouped thousands ('.' grouping would differ from the root rendering below)");
        for (Locale l : List.of(Locale.forLanguageTag("fr-HT"), Locale.GERMANY)) {
            Map<String, byte[]> other = render(l);
            assertEquals(root.keySet(), other.keySet(), l + ": same files");
            for (String name : root.keySet()) {
                assertTrue(java.util.Arrays.equals(root.get(name), other.get(name)), l + ": " + name + " differs from the root-locale rendering");
            }
        }
    }
}
