package vn.cchc.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a bar, a line point or a heatmap cell. {@code key} is what the server attached to the
 * data item (a unit or a period key) — views drill by it rather than by the displayed name, which is
 * translated and may repeat.
 */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<Chart> {

    private final String seriesName;
    private final int dataIndex;
    private final String name;
    private final String key;

    public ChartClickEvent(Chart source, boolean fromClient,
                           @EventData("event.detail.seriesName") String seriesName,
                           @EventData("event.detail.dataIndex") int dataIndex,
                           @EventData("event.detail.name") String name,
                           @EventData("event.detail.key") String key) {
        super(source, fromClient);
        this.seriesName = seriesName;
        this.dataIndex = dataIndex;
        this.name = name;
        this.key = key;
    }

    public String seriesName() {
        return seriesName;
    }

    public int dataIndex() {
        return dataIndex;
    }

    public String name() {
        return name;
    }

    public String key() {
        return key;
    }
}
