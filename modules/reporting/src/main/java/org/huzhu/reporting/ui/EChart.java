package org.huzhu.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * An Apache ECharts chart (the chart library Chinese users know; Apache-2.0, from npm) through a web component of
 * our own, {@code huzhu-echart.js}: Vaadin Charts is commercial, and no free add-on on Maven Central wraps
 * ECharts for Vaadin 24.9. The server hands the chart's option as JSON ({@link ChartOptions}).
 */
@Tag("huzhu-echart")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./huzhu-echart.js")
public class EChart extends Component implements HasSize {

    public EChart(String id) {
        setId(id);
        setWidthFull();
        setHeight("300px");
    }

    public void setOption(String json) {
        getElement().setProperty("option", json);
    }
}
