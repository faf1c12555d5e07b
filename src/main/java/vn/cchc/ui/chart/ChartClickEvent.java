package vn.cchc.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a bar, a line point or a heatmap cell. {@code key} is what the server attached to the
 * data item (a bar's unit key; for a heatmap cell "x:y", the column and row indexes) — views drill by it rather than by the displayed name, which is
 * translated and may repeat.
 */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<Chart> {

    private final int seriesIndex;
    private final int dataIndex;
    private final String key;

    public ChartClickEvent(Chart source, boolean fromClient,
                           @EventData("event.detail.seriesIndex") int seriesIndex,
                           @EventData("event.detail.dataIndex") int dataIndex,
                           @EventData("event.detail.key") String key) {
        super(source, fromClient);
        this.seriesIndex = seriesIndex;
        this.dataIndex = dataIndex;
        this.key = key;
    }

    public int seriesIndex() {
        return seriesIndex;
    }

    public int dataIndex() {
        return dataIndex;
    }

    public String key() {
        return key;
    }
}
