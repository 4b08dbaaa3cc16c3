// A chart of Apache ECharts as a plain custom element: the server sets its "option" property to the chart's
// option object as JSON text; the element draws it and follows its own size.
// Only the parts our charts use (bars, lines, gauges, their title, tooltip, legend and grid, drawn on canvas):
// the whole library was half of the portal's script, parsed on every page load (bench-render at 10 M claims).
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GaugeChart, LineChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent,
  CanvasRenderer]);

class HuzhuEchart extends HTMLElement {
  connectedCallback() {
    this.style.display = 'block';
    // Made in the next frame, once Flow has put the whole page together: made at once, each chart had the browser
    // lay out the half-built page to learn its size (four charts, four layouts, in bench-render's profile).
    this._frame = requestAnimationFrame(() => this._init());
  }

  disconnectedCallback() {
    cancelAnimationFrame(this._frame);
    if (this._resize) this._resize.disconnect();
    if (this._chart) this._chart.dispose();
    this._chart = null;
  }

  _init() {
    this._chart = echarts.init(this);
    this._size = `${this.clientWidth}x${this.clientHeight}`;
    // drawn again only when its size really changes (the observer also reports the size it starts with)
    this._resize = new ResizeObserver(([entry]) => {
      const size = `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}`;
      if (this._chart && size !== this._size) {
        this._size = size;
        this._chart.resize();
      }
    });
    this._resize.observe(this);
    this._draw();
  }

  set option(json) {
    this._option = json;
    this._draw();
  }

  get option() {
    return this._option;
  }

  _draw() {
    if (this._chart && this._option) {
      // drawn at once: a dashboard of several charts animating for a second each kept a busy machine's browser busy
      this._chart.setOption(Object.assign({ animation: false }, JSON.parse(this._option)), true);
      this.setAttribute('drawn', '');
    }
  }
}

customElements.define('huzhu-echart', HuzhuEchart);
