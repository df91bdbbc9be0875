package hsim.viz.gui;

import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.world.InterventionModel;
import sim.util.Interval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters a GUI user may change before pressing Play, shown in the Console's Model tab (MASON
 * reads the getters and setters, and the {@code dom*} methods give sliders and the option list). Values
 * start as the chosen option's; a change takes effect at the next start, when the scenario is rebuilt
 * through {@link ScenarioLoader} from the option, the command line's {@code --set} and these values,
 * so the usual validation applies. Setters clamp to the ranges shown.
 */
public final class ModelSettings {
    /** A parameter shown here, with the range offered in the GUI (within the catalog's range). */
    private record Knob(String key, double min, double max) {}

    private static final Knob TROOPS = new Knob("rapid_force.troops", 0, 10_000);
    private static final Knob DELAY = new Knob("rapid_force.deployment_delay_days", 0, 365);
    private static final Knob TERM = new Knob("rapid_force.term_days", 30, 1095);
    private static final Knob SPECIAL = new Knob("special_force.operators", 0, 2_000);
    private static final Knob ADVISORS = new Knob("training.advisors", 0, 2_000);
    private static final Knob SANCTIONS = new Knob("gangs.sanctions_strength", 0, 1);
    private static final Knob EMBARGO = new Knob("gangs.arms_embargo_leakage", 0, 1);
    private static final Knob SCALE = new Knob("run.people_per_agent", 20, 2_000);
    private static final List<Knob> KNOBS = List.of(TROOPS, DELAY, TERM, SPECIAL, ADVISORS, SANCTIONS, EMBARGO, SCALE);

    private final ScenarioLoader loader = ModelCatalog.loader();
    private final String[] options;
    private final List<String> commandLineSets;
    private final Map<String, Double> values = new LinkedHashMap<>();
    private int option;
    private long seed;

    /**
     * @param option a built-in option or scenario file (bad names raise {@link hsim.model.InputException})
     * @param sets   {@code key=value} overrides from the command line, applied before these settings
     */
    public ModelSettings(String option, long seed, List<String> sets) {
        List<String> names = new ArrayList<>(ScenarioLoader.optionNames());
        if (!names.contains(option)) names.add(option);
        this.options = names.toArray(new String[0]);
        this.commandLineSets = List.copyOf(sets);
        this.seed = seed;
        this.option = names.indexOf(option);
        loadOptionValues();
    }

    /** Reads the shown parameters from the option (plus command-line overrides); also validates them. */
    private void loadOptionValues() {
        Scenario s = baseScenario();
        for (Knob k : KNOBS) values.put(k.key(), s.number(k.key()));
    }

    private Scenario baseScenario() {
        return loader.override(loader.load(options[option]), commandLineSets);
    }

    /** The scenario a start would run: option, command-line overrides, then the values set here. */
    public Scenario scenario() {
        List<String> sets = new ArrayList<>();
        for (Knob k : KNOBS) {
            Param p = ModelCatalog.standard().get(k.key());
            double v = values.get(k.key());
            sets.add(k.key() + "=" + (p.kind() == Param.Kind.INTEGER ? Long.toString(Math.round(v)) : Double.toString(v)));
        }
        return loader.override(baseScenario(), sets);
    }

    /** A fresh model for the current settings. */
    public InterventionModel buildModel() {
        return new InterventionModel(scenario(), seed, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    private void set(Knob k, double v) {
        Param p = ModelCatalog.standard().get(k.key());
        double lo = Math.max(k.min(), p.min()), hi = Math.min(k.max(), p.max());
        if (Double.isNaN(v)) return;
        values.put(k.key(), Math.max(lo, Math.min(hi, v)));
    }

    private static Interval dom(Knob k) {
        Param p = ModelCatalog.standard().get(k.key());
        double lo = Math.max(k.min(), p.min()), hi = Math.min(k.max(), p.max());
        // MASON wants a long interval for an int property (else it warns and shows a text field)
        return p.kind() == Param.Kind.INTEGER ? new Interval(Math.round(lo), Math.round(hi)) : new Interval(lo, hi);
    }

    public int getOption() { return option; }
    /** Choosing an option resets the parameters below to that option's values. */
    public void setOption(int i) {
        if (i < 0 || i >= options.length || i == option) return;
        option = i;
        loadOptionValues();
    }
    public Object domOption() { return options.clone(); }
    public String optionName() { return options[option]; }

    public long getSeed() { return seed; }
    public void setSeed(long s) { seed = s; }

    public double getRapidForceTroops() { return values.get(TROOPS.key()); }
    public void setRapidForceTroops(double v) { set(TROOPS, v); }
    public Object domRapidForceTroops() { return dom(TROOPS); }

    public int getDeploymentDelayDays() { return (int) Math.round(values.get(DELAY.key())); }
    public void setDeploymentDelayDays(int v) { set(DELAY, v); }
    public Object domDeploymentDelayDays() { return dom(DELAY); }

    public int getTermDays() { return (int) Math.round(values.get(TERM.key())); }
    public void setTermDays(int v) { set(TERM, v); }
    public Object domTermDays() { return dom(TERM); }

    public double getSpecialForceOperators() { return values.get(SPECIAL.key()); }
    public void setSpecialForceOperators(double v) { set(SPECIAL, v); }
    public Object domSpecialForceOperators() { return dom(SPECIAL); }

    public double getTrainingAdvisors() { return values.get(ADVISORS.key()); }
    public void setTrainingAdvisors(double v) { set(ADVISORS, v); }
    public Object domTrainingAdvisors() { return dom(ADVISORS); }

    public double getSanctionsStrength() { return values.get(SANCTIONS.key()); }
    public void setSanctionsStrength(double v) { set(SANCTIONS, v); }
    public Object domSanctionsStrength() { return dom(SANCTIONS); }

    public double getArmsEmbargoLeakage() { return values.get(EMBARGO.key()); }
    public void setArmsEmbargoLeakage(double v) { set(EMBARGO, v); }
    public Object domArmsEmbargoLeakage() { return dom(EMBARGO); }

    /** Model scale: people each civilian agent stands for (larger is faster and coarser). */
    public double getPeoplePerAgent() { return values.get(SCALE.key()); }
    public void setPeoplePerAgent(double v) { set(SCALE, v); }
    public Object domPeoplePerAgent() { return dom(SCALE); }

    public String getNote() { return "Changes apply at the next Play: the model is rebuilt from the option and these values."; }
}
