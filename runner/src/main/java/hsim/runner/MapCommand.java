package hsim.runner;

import hsim.model.InputException;
import hsim.model.city.City;
import hsim.model.city.CityLoader;
import hsim.viz.map.CityMapRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Renders the city base map to a PNG. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Draw the city (sea, communes, roads, facilities, legend, scale bar) to a PNG.",
        footer = {"", "Examples:", "  hsim map", "  hsim map --out slides/pap.png --width 2400",
                "  hsim map --data my-city/ --out my-city.png"})
public final class MapCommand implements Callable<Integer> {
    static final int MIN_WIDTH = 400;
    static final int MAX_WIDTH = 12_000;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "map.png",
            description = "PNG file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--width", paramLabel = "N", defaultValue = "1600",
            description = "Image width in pixels, " + MIN_WIDTH + ".." + MAX_WIDTH + " (default: ${DEFAULT-VALUE}); the height keeps the map's proportions.")
    int width;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder with commune-grid.asc, communes.csv, facilities.csv and roads.csv (default: the built-in Port-au-Prince map).")
    Path data;

    @Override
    public Integer call() throws IOException {
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new InputException("command line", 0, "--width", width + " is out of range; allowed " + MIN_WIDTH + ".." + MAX_WIDTH);
        }
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        City city = data == null ? CityLoader.loadBuiltIn() : CityLoader.load(data);
        CityMapRenderer r = new CityMapRenderer(city);
        r.writePng(width, out);
        System.out.println("hsim map: " + width + "x" + r.heightFor(width) + " -> " + out);
        return Main.OK;
    }
}
