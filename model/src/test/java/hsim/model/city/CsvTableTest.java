package hsim.model.city;

import hsim.model.InputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data/ reader: RFC 4180 through FastCSV, with every complaint located by file, line and column. */
class CsvTableTest {
    @Test
    void quotedCommasAndLineBreaksStayInTheirFieldAndLinesCountPhysically() {
        CsvTable t = new CsvTable("c.csv", "\uFEFF# a comment\ncode,name,source\n1,\"Cité, \"\"Soleil\"\"\",\"two\nlines\"\n\n2,Delmas,x\n",
                "code", "name");
        assertEquals(2, t.size());
        assertEquals("Cité, \"Soleil\"", t.get(0, "name"));
        assertEquals("two\nlines", t.get(0, "source"));
        assertEquals(3, t.line(0));
        assertEquals(6, t.line(1), "the record after a quoted line break and a blank line");
        InputException e = assertThrows(InputException.class, () -> t.integer(1, "name", 0, 9));
        assertTrue(e.getMessage().startsWith("c.csv:6: field 'name': 'Delmas' is not a whole number"), e.getMessage());
    }

    @Test
    void brokenRecordsAreLocated() {
        InputException e = assertThrows(InputException.class, () -> new CsvTable("c.csv", "a,b\n1,2\n3,\"open\n", "a"));
        assertEquals(3, e.line(), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        e = assertThrows(InputException.class, () -> new CsvTable("c.csv", "a,b\n1,\"x\"y\n", "a"));
        assertEquals(2, e.line(), e.getMessage());
        e = assertThrows(InputException.class, () -> new CsvTable("c.csv", "a,b\n1\n", "a"));
        assertTrue(e.getMessage().contains("c.csv:2: field 'b': row has 1 values; expected 2"), e.getMessage());
        e = assertThrows(InputException.class, () -> new CsvTable("c.csv", "a,b\n1,2\n", "a", "zone"));
        assertTrue(e.getMessage().contains("c.csv:1: field 'zone': missing column"), e.getMessage());
    }
}
