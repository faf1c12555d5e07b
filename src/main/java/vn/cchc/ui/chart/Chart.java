package vn.cchc.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import org.icepear.echarts.Option;
import org.icepear.echarts.render.Engine;

/**
 * An ECharts chart: the option is built on the server with echarts-java and sent as JSON to the
 * {@code <cchc-chart>} web component (frontend/components/cchc-chart.js), which renders it with the
 * shared theme, resizes with its container and reports clicks back as {@link ChartClickEvent}s.
 */
@Tag("cchc-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/cchc-chart.js")
public class Chart extends Component implements HasSize {

    private static final Engine ENGINE = new Engine();

    private String optionJson = "";

    public Chart() {
        setWidthFull();
        setHeight("320px");
    }

    /** Shows a new option; {@code format} says how the client formats values (axis, tooltip, labels). */
    public void setOption(Option option, ValueFormat format) {
        optionJson = ENGINE.renderJsonOption(option);
        getElement().setProperty("format", format.clientName());
        getElement().setProperty("option", optionJson);
    }

    /** Shows an option built as JSON (for series echarts-java has no class for, such as {@code map}). */
    protected void setOptionJson(String json, ValueFormat format) {
        optionJson = json;
        getElement().setProperty("format", format.clientName());
        getElement().setProperty("option", optionJson);
    }

    /** The option JSON last sent to the browser: what server-side tests read to see what is drawn. */
    public String optionJson() {
        return optionJson;
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    /** Asks the browser to save the chart as a PNG file. */
    public void downloadPng(String fileName) {
        getElement().callJsFunction("downloadPng", fileName);
    }

    /** Tests and server-side callers can simulate a click on a data item. */
    public void fireClick(int seriesIndex, int dataIndex, String key) {
        fireEvent(new ChartClickEvent(this, false, seriesIndex, dataIndex, key));
    }
}
