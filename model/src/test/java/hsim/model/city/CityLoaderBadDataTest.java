package hsim.model.city;

import hsim.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Each kind of broken data file gives an InputException naming the file, line and field. */
class CityLoaderBadDataTest {
    @TempDir Path dir;

    /** A small valid city: 6x4 cells, sea in column 0, commune 1 and 2, one road, two facilities. */
    private void writeValid() throws IOException {
        write(CityLoader.GRID, """
                ncols 6
                nrows 4
                xllcorner -72.40
                yllcorner 18.50
                cellsize 0.01
                NODATA_value -9999
                0 1 1 1 2 2
                0 1 1 1 2 2
                0 1 1 2 2 2
                0 0 1 2 2 0
                """);
        write(CityLoader.COMMUNES, """
                code,name,population,year,area_km2,source
                1,Alpha,1000,2015,1,test
                2,Beta,500,2015,1,test
                """);
        write(CityLoader.FACILITIES, """
                id,name,kind,lat,lon,approx,source
                port,"Port, north",SEAPORT,18.535,-72.385,false,test
                clinic,Clinic,HOSPITAL,18.515,-72.345,true,test
                """);
        write(CityLoader.ROADS, """
                road_id,name,class,seq,lat,lon,note
                main,Main road,arterial,0,18.535,-72.385,+-1 cell
                main,Main road,arterial,1,18.515,-72.345,
                """);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    private void replaceLine(String file, int line, String text) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(file)));
        lines.set(line - 1, text);
        Files.write(dir.resolve(file), lines);
    }

    private InputException fails() {
        return assertThrows(InputException.class, () -> CityLoader.load(dir));
    }

    private static void names(InputException e, String file, int line, String field) {
        assertTrue(e.source().endsWith(file), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        if (field != null) assertEquals(field, e.field(), e.getMessage());
    }

    @Test
    void validSmallCityLoads() throws IOException {
        writeValid();
        City c = CityLoader.load(dir);
        assertEquals(6, c.width());
        assertEquals("Port, north", c.facility("port").name());
        assertEquals(RoadClass.ARTERIAL, c.roadClassAt(c.facility("port").cell()));
        assertEquals(1500, c.populationOf(1) + c.populationOf(2), 1e-9);
        assertTrue(c.router().path(c.facility("port").cell(), c.facility("clinic").cell()).found());
    }

    @Test
    void missingFile() throws IOException {
        writeValid();
        Files.delete(dir.resolve(CityLoader.ROADS));
        InputException e = fails();
        assertTrue(e.source().endsWith(CityLoader.ROADS));
        assertTrue(e.getMessage().contains("missing file"));
    }

    @Test
    void shortRow() throws IOException {
        writeValid();
        replaceLine(CityLoader.FACILITIES, 3, "clinic,Clinic,HOSPITAL,18.515");
        names(fails(), CityLoader.FACILITIES, 3, "lon");
    }

    @Test
    void malformedNumber() throws IOException {
        writeValid();
        replaceLine(CityLoader.COMMUNES, 3, "2,Beta,lots,2015,1,test");
        names(fails(), CityLoader.COMMUNES, 3, "population");
    }

    @Test
    void unknownFacilityKind() throws IOException {
        writeValid();
        replaceLine(CityLoader.FACILITIES, 3, "clinic,Clinic,SPACEPORT,18.515,-72.345,true,test");
        InputException e = fails();
        names(e, CityLoader.FACILITIES, 3, "kind");
        assertTrue(e.getMessage().contains("HOSPITAL"), "lists the allowed kinds");
    }

    @Test
    void facilityInTheSea() throws IOException {
        writeValid();
        replaceLine(CityLoader.FACILITIES, 3, "clinic,Clinic,HOSPITAL,18.515,-72.395,true,test");
        InputException e = fails();
        names(e, CityLoader.FACILITIES, 3, "lat/lon");
        assertTrue(e.getMessage().contains("sea"));
    }

    @Test
    void facilityOffTheMap() throws IOException {
        writeValid();
        replaceLine(CityLoader.FACILITIES, 2, "port,Port,SEAPORT,18.70,-72.385,false,test");
        InputException e = fails();
        names(e, CityLoader.FACILITIES, 2, "lat/lon");
        assertTrue(e.getMessage().contains("off the map"));
    }

    @Test
    void unknownCommuneCodeInGrid() throws IOException {
        writeValid();
        replaceLine(CityLoader.GRID, 8, "0 1 7 1 2 2");
        InputException e = fails();
        names(e, CityLoader.GRID, 8, "column 3");
        assertTrue(e.getMessage().contains("unknown commune code 7"));
    }

    @Test
    void nodataCellsAreSea() throws IOException {
        writeValid();
        replaceLine(CityLoader.GRID, 7, "-9999 1 1 1 2 2");
        City c = CityLoader.load(dir);
        assertFalse(c.isLand(c.cell(0, 0)));
        assertEquals(0.0, c.speedAt(c.cell(0, 0)));
    }

    @Test
    void gridRowTooShort() throws IOException {
        writeValid();
        replaceLine(CityLoader.GRID, 9, "0 1 1 2 2");
        names(fails(), CityLoader.GRID, 9, "ncols");
    }

    @Test
    void roadWaypointOffTheMap() throws IOException {
        writeValid();
        replaceLine(CityLoader.ROADS, 3, "main,Main road,arterial,1,18.515,-71.000,");
        names(fails(), CityLoader.ROADS, 3, "lat/lon");
    }

    @Test
    void roadClassUnknown() throws IOException {
        writeValid();
        replaceLine(CityLoader.ROADS, 2, "main,Main road,motorway,0,18.535,-72.385,+-1 cell");
        names(fails(), CityLoader.ROADS, 2, "class");
    }

    @Test
    void facilityNoRoadReaches() throws IOException {
        writeValid();
        // an islet: the south-east corner cell is cut off by sea
        replaceLine(CityLoader.GRID, 9, "0 1 1 0 0 0");
        replaceLine(CityLoader.GRID, 10, "0 0 0 0 0 2");
        replaceLine(CityLoader.GRID, 8, "0 1 1 0 0 0");
        replaceLine(CityLoader.GRID, 7, "0 1 1 1 0 0");
        replaceLine(CityLoader.FACILITIES, 3, "clinic,Clinic,HOSPITAL,18.505,-72.345,true,test");
        replaceLine(CityLoader.ROADS, 3, "main,Main road,arterial,1,18.525,-72.375,");
        InputException e = fails();
        names(e, CityLoader.FACILITIES, 3, "lat/lon");
        assertTrue(e.getMessage().contains("not connected"), e.getMessage());
    }

    @Test
    void builtInFilesAreWhatTheLoaderReadsFromDisk() throws IOException {
        // the bundled copy loads the same from a folder, so users can start from it to edit the map
        for (String f : new String[] {CityLoader.GRID, CityLoader.COMMUNES, CityLoader.FACILITIES, CityLoader.ROADS, CityLoader.STATIONS}) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(CityLoader.BUILTIN_DIR + f)) {
                assertNotNull(in, f);
                Files.write(dir.resolve(f), in.readAllBytes());
            }
        }
        City disk = CityLoader.load(dir);
        assertEquals(CityLoader.loadBuiltIn().facilities().size(), disk.facilities().size());
        assertEquals(CityLoader.loadBuiltIn().policeStations().size(), disk.policeStations().size());
    }

    // ---- police-stations.csv ----------------------------------------------------------------------

    private void writeStations() throws IOException {
        write(CityLoader.STATIONS, """
                id,name,kind,lat,lon,approx,source
                hq,Commissariat Alpha,COMMISSARIAT,18.535,-72.375,true,test
                sub,Sous-commissariat Beta,SUB_COMMISSARIAT,18.515,-72.345,true,test
                """);
    }

    @Test
    void policeStationsLoadWithTheirKindAsPoliceStationFacilities() throws IOException {
        writeValid();
        City without = CityLoader.load(dir);
        assertTrue(without.policeStations().isEmpty(), "the file is optional for a city folder");
        writeStations();
        City c = CityLoader.load(dir);
        assertEquals(2, c.policeStations().size());
        assertEquals(PoliceStation.Kind.COMMISSARIAT, c.policeStations().get(0).kind());
        assertEquals(PoliceStation.Kind.SUB_COMMISSARIAT, c.policeStations().get(1).kind());
        assertEquals(FacilityKind.POLICE_STATION, c.facility("sub").kind());
        assertEquals(2, c.facilities(FacilityKind.POLICE_STATION).size());
        assertEquals(c.facility("sub").cell(), c.policeStations().get(1).cell());
    }

    @Test
    void badPoliceStationRowsNameFileLineAndField() throws IOException {
        writeValid();
        writeStations();
        replaceLine(CityLoader.STATIONS, 3, "sub,Sous-commissariat Beta,OUTPOST,18.515,-72.345,true,test");
        InputException kind = fails();
        names(kind, CityLoader.STATIONS, 3, "kind");
        assertTrue(kind.getMessage().contains("SUB_COMMISSARIAT"), "lists the allowed kinds");
        writeStations();
        replaceLine(CityLoader.STATIONS, 2, "hq,Commissariat Alpha,COMMISSARIAT,18.70,-72.375,true,test");
        InputException off = fails();
        names(off, CityLoader.STATIONS, 2, "lat/lon");
        assertTrue(off.getMessage().contains("off the map"));
        writeStations();
        replaceLine(CityLoader.STATIONS, 3, "sub,Sous-commissariat Beta,SUB_COMMISSARIAT,18.515,-72.395,true,test");
        assertTrue(fails().getMessage().contains("sea"));
        writeStations();
        replaceLine(CityLoader.STATIONS, 3, "clinic,Sous-commissariat Beta,SUB_COMMISSARIAT,18.515,-72.345,true,test");
        InputException dup = fails();
        names(dup, CityLoader.STATIONS, 3, "id");
        assertTrue(dup.getMessage().contains(CityLoader.FACILITIES), dup.getMessage());
        writeStations();
        replaceLine(CityLoader.STATIONS, 2, "hq,Commissariat Alpha,COMMISSARIAT,north,-72.375,true,test");
        names(fails(), CityLoader.STATIONS, 2, "lat");
        writeStations();
        replaceLine(CityLoader.STATIONS, 2, "hq,Commissariat Alpha,COMMISSARIAT,18.535,-72.375,true,");
        names(fails(), CityLoader.STATIONS, 2, "source");
    }
}
