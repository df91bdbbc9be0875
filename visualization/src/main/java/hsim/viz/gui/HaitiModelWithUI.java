package hsim.viz.gui;

import hsim.model.city.City;
import hsim.model.world.InterventionModel;
import hsim.viz.scene.Colours;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.portrayal.grid.SparseGridPortrayal2D;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The MASON GUI of the intervention model (the demo-app layout: the model class knows nothing of this).
 * A {@link Display2D} of the city with one layer per portrayal (so the display's layer menu toggles
 * them), the Console's Model tab for the {@link ModelSettings}, and a frame of {@link LiveCharts}.
 * After every simulated hour, on the model thread and so between steps, the {@link WorldView} mirror is
 * refreshed and each finished day's metrics row is handed to the charts with invokeLater.
 */
public final class HaitiModelWithUI extends GUIState {
    public static final int DISPLAY_WIDTH = 860;

    private final ModelSettings settings;
    private final City city;
    private final WorldView view;
    private final Layers layers;
    private final CountDownLatch quit = new CountDownLatch(1);
    private Display2D display;
    private JFrame displayFrame;
    private LiveCharts charts;
    private int chartedDays;

    public HaitiModelWithUI(ModelSettings settings) {
        this(settings, settings.buildModel());
    }

    private HaitiModelWithUI(ModelSettings settings, InterventionModel model) {
        super(model);
        this.settings = settings;
        this.city = InterventionModel.portAuPrince();
        this.view = new WorldView(city.width(), city.height());
        this.layers = new Layers(city, view);
    }

    public static String getName() { return "hsim: Port-au-Prince security intervention"; }

    /** The Model tab's object; asked for as the Console builds that tab, so its inspector menus are fixed first. */
    @Override
    public Object getSimulationInspectedObject() {
        OptionalMasonFeatures.replaceUnusablePropertyInspectors();
        return settings;
    }

    public ModelSettings settings() { return settings; }

    public InterventionModel model() { return (InterventionModel) state; }

    public WorldView view() { return view; }

    public Display2D display() { return display; }

    public LiveCharts charts() { return charts; }

    public FrameCounter frameCounter() { return layers.counter; }

    @Override
    public void start() {
        state = settings.buildModel(); // the Model tab's values apply from this start on
        super.start();
        chartedDays = 0;
        SwingUtilities.invokeLater(charts::clear);
        view.update(model(), 0);
        scheduleRepeatingImmediatelyAfter(this::afterHour);
        resetDisplay();
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        view.update(model(), model().day());
        resetDisplay();
    }

    private void afterHour(SimState s) {
        InterventionModel m = (InterventionModel) s;
        view.update(m, m.day());
        List<double[]> rows = m.metrics().rows();
        while (chartedDays < rows.size()) {
            double[] row = rows.get(chartedDays++).clone();
            SwingUtilities.invokeLater(() -> charts.addDay(row)); // never invokeAndWait from a step
        }
        layers.rescale(view);
    }

    private void resetDisplay() {
        if (display == null) return;
        display.reset();
        display.repaint();
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        int h = (int) Math.round(DISPLAY_WIDTH * (double) city.height() / city.width());
        display = new Display2D(DISPLAY_WIDTH, h, this);
        display.setBackdrop(Colours.SEA);
        display.setClipping(false);
        layers.attachTo(display);
        OptionalMasonFeatures.hideUnavailableButtons(display);
        displayFrame = display.createFrame();
        displayFrame.setTitle("Port-au-Prince");
        c.registerFrame(displayFrame);
        displayFrame.setLocation(0, 0);
        displayFrame.setVisible(true);

        charts = new LiveCharts();
        JFrame cf = charts.frame();
        c.registerFrame(cf);
        cf.setLocation(displayFrame.getWidth() + 10, 0);
        cf.setVisible(true);
        if (c instanceof Console console) {
            console.setLocation(displayFrame.getWidth() + 10 + cf.getWidth() + 10, 0);
            console.setSize(Math.max(console.getWidth(), 420), Math.max(console.getHeight(), 640)); // room for the Model tab
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) displayFrame.dispose();
        if (charts != null) charts.frame().dispose();
        displayFrame = null;
        display = null;
        quit.countDown();
    }

    /** Blocks until the user quits the GUI. */
    public void awaitQuit() throws InterruptedException { quit.await(); }

    /** The display's layers, bottom to top; kept here so the report's maps can reuse the same colour maps. */
    static final class Layers {
        final BaseMapPortrayal base;
        final FastValueGridPortrayal2D territory = new FastValueGridPortrayal2D("gang territory", false);
        final FastValueGridPortrayal2D insecurity = new FastValueGridPortrayal2D("insecurity", false);
        final FastValueGridPortrayal2D civilians = new FastValueGridPortrayal2D("civilians", false);
        final FastValueGridPortrayal2D displaced = new FastValueGridPortrayal2D("displaced people", false);
        final FastValueGridPortrayal2D cholera = new FastValueGridPortrayal2D("cholera cases", false);
        final RampColorMap insecurityMap = new RampColorMap(Colours.INSECURITY, 170, 1, 1.0); // linear: the low background violence stays clear
        final RampColorMap civilianMap = new RampColorMap(Colours.CIVILIANS, 140, 1000, 0.5);
        final RampColorMap displacedMap = new RampColorMap(Colours.DISPLACED, 200, 200, 0.5);
        final RampColorMap choleraMap = new RampColorMap(Colours.CHOLERA, 230, 50, 0.5);
        final SparseGridPortrayal2D facilities = new SparseGridPortrayal2D();
        final SparseGridPortrayal2D convoys = new SparseGridPortrayal2D();
        final SparseGridPortrayal2D gangs = new SparseGridPortrayal2D();
        final SparseGridPortrayal2D police = new SparseGridPortrayal2D();
        final SparseGridPortrayal2D troops = new SparseGridPortrayal2D();
        final SparseGridPortrayal2D teams = new SparseGridPortrayal2D();
        final SparseGridPortrayal2D units = new SparseGridPortrayal2D();
        final FrameCounter counter = new FrameCounter();

        Layers(City city, WorldView v) {
            base = new BaseMapPortrayal(city);
            territory.setField(v.territory);
            territory.setMap(new TerritoryColorMap());
            grid(insecurity, v.insecurity, insecurityMap);
            grid(civilians, v.civilians, civilianMap);
            grid(displaced, v.displaced, displacedMap);
            grid(cholera, v.cholera, choleraMap);
            facilities.setField(v.facilities);
            facilities.setPortrayalForAll(AgentPortrayals.facility());
            convoys.setField(v.convoys);
            convoys.setPortrayalForAll(AgentPortrayals.convoy());
            gangs.setField(v.gangs);
            gangs.setPortrayalForAll(AgentPortrayals.gang());
            police.setField(v.police);
            police.setPortrayalForAll(AgentPortrayals.police());
            troops.setField(v.troops);
            troops.setPortrayalForAll(AgentPortrayals.troops());
            teams.setField(v.teams);
            teams.setPortrayalForAll(AgentPortrayals.team());
            units.setField(v.units);
            units.setPortrayalForAll(AgentPortrayals.unit());
        }

        private static void grid(FastValueGridPortrayal2D p, sim.field.grid.DoubleGrid2D g, RampColorMap map) {
            p.setField(g);
            p.setMap(map);
        }

        void attachTo(Display2D d) {
            d.attach(base, "City map");
            d.attach(territory, "Gang territory (by coalition)");
            d.attach(insecurity, "Insecurity (recent violence)");
            d.attach(civilians, "Civilians (density)", false);
            d.attach(displaced, "Displaced people");
            d.attach(cholera, "Cholera cases");
            d.attach(facilities, "Facilities (by status)");
            d.attach(convoys, "Convoys (by cargo)");
            d.attach(gangs, "Gang cells");
            d.attach(police, "HNP police units");
            d.attach(troops, "Foreign troops");
            d.attach(teams, "Special-force teams");
            d.attach(units, "Unit agents (HNP squads, rapid-force units, special-force teams, gang cells)");
            d.attach(counter, "(frame counter)");
        }

        /** Heat layers scale to the current maximum so the colours stay informative as the run changes. */
        void rescale(WorldView v) {
            insecurityMap.setMax(Math.max(1e-3, v.insecurity.max()));
            displacedMap.setMax(Math.max(1, v.displaced.max()));
            choleraMap.setMax(Math.max(1, v.cholera.max()));
        }
    }
}
