package hsim.viz.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.field.grid.IntGrid2D;

import java.awt.Graphics2D;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An invisible top layer that counts the display's frames, so the frame rate can be measured on a real
 * X server (frames painted divided by wall time) without instrumenting MASON.
 */
public final class FrameCounter extends FieldPortrayal2D {
    private final AtomicLong frames = new AtomicLong();

    public FrameCounter() { setField(new IntGrid2D(1, 1)); }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) { frames.incrementAndGet(); }

    public long frames() { return frames.get(); }
}
