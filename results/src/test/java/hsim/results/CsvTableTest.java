package hsim.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTableTest {
    @TempDir Path dir;

    private CsvTable read(String text) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, text);
        return CsvTable.read(f);
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
        CsvTable t = read("a,b,c\r\n1,\"x, \"\"y\"\"\nz\",\n2,plain,3.5\n");
        assertEquals(2, t.size());
        assertEquals("x, \"y\"\nz", t.text(0, "b"));
        assertTrue(Double.isNaN(t.number(0, "c")), "an empty field is missing");
        assertEquals(3.5, t.number(1, "c"));
        assertEquals(4, t.line(1), "the second record starts after the quoted line break");
    }

    @Test
    void streamingSeesTheSameRecordsAndLines() throws IOException {
        Path f = dir.resolve("s.csv");
        Files.writeString(f, "a,b\n1,\"two\nlines\"\n3,4\n5\n");
        java.util.List<String> seen = new java.util.ArrayList<>();
        ResultsException e = assertThrows(ResultsException.class, () -> CsvTable.stream(f, new CsvTable.RowHandler() {
            @Override public void header(CsvTable t) { t.require("a", "b"); }
            @Override public void row(CsvTable t, int i) { seen.add(t.line(i) + ":" + t.text(i, "a") + "/" + t.text(i, "b")); }
        }));
        assertEquals(java.util.List.of("2:1/two\nlines", "4:3/4"), seen);
        assertTrue(e.getMessage().contains("s.csv:5") && e.getMessage().contains("1 fields"), e.getMessage());
    }

    @Test
    void numbersRoundTripExactly() throws IOException {
        CsvTable t = read("v,s\n0.1234567890123456789,-9223372036854775808\n");
        assertEquals(0.1234567890123456789, t.number(0, "v"));
        assertEquals(Long.MIN_VALUE, t.integer(0, "s", Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @Test
    void errorsNameFileLineAndField() throws IOException {
        CsvTable t = read("a,b\n1,2\n3,oops\n");
        ResultsException e = assertThrows(ResultsException.class, () -> t.number(1, "b"));
        assertTrue(e.getMessage().endsWith("t.csv:3: field 'b': 'oops' is not a number"), e.getMessage());
        e = assertThrows(ResultsException.class, () -> t.integer(0, "a", 5, 9));
        assertTrue(e.getMessage().contains(":2: field 'a': 1 is out of range; allowed 5..9"), e.getMessage());
        e = assertThrows(ResultsException.class, () -> read("a,b\n1,2,3\n"));
        assertTrue(e.getMessage().contains("t.csv:2") && e.getMessage().contains("3 fields"), e.getMessage());
        e = assertThrows(ResultsException.class, () -> read("a,b\n1,\"open\n"));
        assertTrue(e.getMessage().contains("t.csv:2") && e.getMessage().contains("Unclosed quoted field"), e.getMessage());
        e = assertThrows(ResultsException.class, () -> read("a,b\n1,\"x\"y\n"));
        assertTrue(e.getMessage().contains("t.csv:2") && e.getMessage().contains("after closing quote"), e.getMessage());
        e = assertThrows(ResultsException.class, () -> read("a,a\n"));
        assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
    }

    @Test
    void writtenFieldsRoundTripThroughTheReader() throws IOException {
        Path f = dir.resolve("w.csv");
        java.io.StringWriter sw = new java.io.StringWriter();
        try (de.siegmar.fastcsv.writer.CsvWriter w = Csv.writer(sw)) {
            w.writeRecord("error", "x", "y");
            w.writeRecord("boom, at day 3\nsecond \"line\"", Csv.number(Double.NaN), Csv.number((Double) null));
            w.writeRecord("plain", Csv.number(0.1), Csv.number(1e20));
        }
        Files.writeString(f, sw.toString());
        CsvTable t = CsvTable.read(f);
        assertEquals(2, t.size());
        assertEquals("boom, at day 3\nsecond \"line\"", t.text(0, "error"));
        assertEquals("NaN", t.text(0, "x"), "NaN is written as NaN");
        assertEquals("", t.text(0, "y"), "missing is an empty field");
        assertTrue(Double.isNaN(t.number(0, "x")) && Double.isNaN(t.number(0, "y")));
        assertEquals(4, t.line(1));
        assertEquals(0.1, t.number(1, "x"));
        assertEquals(1e20, t.number(1, "y"));
        assertTrue(sw.toString().startsWith("error,x,y\n\"boom, at day 3\nsecond \"\"line\"\"\",NaN,\n"), sw.toString());
        assertEquals("3", Csv.number(3.0), "integers have no .0");
    }

    @Test
    void recordsOfALogPayloadKeepQuotedLineBreaksAndEmptyLines() {
        String text = Csv.line(java.util.List.of("a", "b\nc")) + Csv.line(java.util.List.of()) + Csv.line(java.util.List.of("d", ""));
        java.util.List<String[]> recs = Csv.records("log", text);
        assertEquals(3, recs.size());
        assertEquals("b\nc", recs.get(0)[1]);
        assertEquals(1, recs.get(1).length);
        assertEquals("", recs.get(1)[0]);
        assertEquals(java.util.List.of("d", ""), java.util.List.of(recs.get(2)));
    }
}
