package hsim.viz.gui;

import hsim.model.city.City;
import hsim.viz.map.CityMapRenderer;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * The city base map (sea, communes, roads, facilities by kind) as the bottom layer of the display.
 * Drawing roads as vector paths every frame would dominate the frame time, so the map is rendered once
 * per display size into an image and that image is drawn.
 */
public final class BaseMapPortrayal extends FieldPortrayal2D {
    private final CityMapRenderer renderer;
    private BufferedImage cached;

    public BaseMapPortrayal(City city) {
        this.renderer = new CityMapRenderer(city).decorations(false);
        setField(city.land()); // the field only sizes the layer; the drawing comes from the renderer
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        int w = (int) Math.round(info.draw.width), h = (int) Math.round(info.draw.height);
        if (w <= 0 || h <= 0) return;
        BufferedImage img = cached;
        if (img == null || img.getWidth() != w || img.getHeight() != h) {
            img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D ig = img.createGraphics();
            try {
                renderer.draw(ig, w, h);
            } finally {
                ig.dispose();
            }
            cached = img;
        }
        g.drawImage(img, (int) Math.round(info.draw.x), (int) Math.round(info.draw.y), null);
    }
}
