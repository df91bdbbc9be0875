package hsim.model.run;

import hsim.model.InputException;
import hsim.model.scenario.Scenario;
import hsim.model.world.InterventionModel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A running {@link InterventionModel} as bytes, so a long run can stop and go on later exactly as if it
 * had never stopped (same daily series and summary, bit for bit). Format: gzip of a Java object stream
 * holding a magic string, a {@link Header} (scenario, seed, day; read first, to refuse a mismatch before
 * the heavy part), then the model with everything it holds; the worker pool is transient and re-created.
 * Writing and reading streams only: where the bytes go (atomically, into the run's folder) is the runner's
 * business, because the model touches no files but its data.
 *
 * <p>A checkpoint belongs to the hsim build that wrote it (serialised lambdas and classes change between
 * builds); another build refuses it as bad input instead of failing later.
 */
public final class RunCheckpoint {
    static final String MAGIC = "hsim-checkpoint-1";

    private RunCheckpoint() {}

    /** What a checkpoint is of: the run's scenario (every parameter), seed, and the days done. */
    public record Header(String scenarioName, Map<String, String> parameters, long seed, int day) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public static Header header(InterventionModel m) {
        return new Header(m.scenario().name(), new LinkedHashMap<>(m.scenario().values()), m.runSeed(), m.day());
    }

    /** Writes the model between two steps (at the end of a day); the model is not changed. */
    public static void write(InterventionModel m, OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(out, 1 << 16), 1 << 16);
        ObjectOutputStream o = new ObjectOutputStream(gz);
        o.writeUTF(MAGIC);
        o.writeObject(header(m));
        o.writeObject(m);
        o.flush();
        gz.finish();
        gz.flush();
    }

    /**
     * Reads a checkpoint for a run of {@code scenario} with {@code seed}. A checkpoint of another scenario
     * or seed, a damaged file, or one from another build is bad input naming {@code source}.
     */
    public static InterventionModel read(InputStream in, String source, Scenario scenario, long seed) {
        try {
            ObjectInputStream o = new ObjectInputStream(new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16));
            // only our classes, MASON's and the JDK's may appear: the file is input, and input is not trusted
            o.setObjectInputFilter(ObjectInputFilter.Config.createFilter(
                    "maxdepth=200;hsim.**;sim.**;ec.util.*;java.**;[*;!*"));
            String magic = o.readUTF();
            if (!MAGIC.equals(magic)) throw bad(source, "not an hsim checkpoint");
            Object h = o.readObject();
            if (!(h instanceof Header header)) throw bad(source, "not an hsim checkpoint");
            if (!header.scenarioName().equals(scenario.name()) || !header.parameters().equals(scenario.values())) {
                throw bad(source, "is of scenario '" + header.scenarioName() + "'" + firstDifference(header.parameters(), scenario.values())
                        + ", not of the scenario given ('" + scenario.name() + "'); restart with the checkpoint's scenario and --set options");
            }
            if (header.seed() != seed) {
                throw bad(source, "is of seed " + header.seed() + ", not of seed " + seed + "; restart with --seed " + header.seed());
            }
            Object m = o.readObject();
            if (!(m instanceof InterventionModel model)) throw bad(source, "not an hsim checkpoint");
            if (model.day() != header.day()) throw bad(source, "damaged: header says day " + header.day() + ", model is at day " + model.day());
            return model;
        } catch (InputException e) {
            throw e;
        } catch (InvalidClassException | ClassNotFoundException e) {
            throw bad(source, "was written by another hsim build (" + e.getClass().getSimpleName() + "); restart it with that build");
        } catch (IOException | ClassCastException | IllegalStateException e) {
            throw bad(source, "not a readable hsim checkpoint (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static String firstDifference(Map<String, String> a, Map<String, String> b) {
        for (Map.Entry<String, String> e : a.entrySet()) {
            String other = b.get(e.getKey());
            if (!e.getValue().equals(other)) return " with " + e.getKey() + "=" + e.getValue() + " (given: " + other + ")";
        }
        for (String k : b.keySet()) if (!a.containsKey(k)) return " without " + k;
        return "";
    }

    private static InputException bad(String source, String problem) {
        return new InputException(source, 0, "--restart", problem);
    }
}
