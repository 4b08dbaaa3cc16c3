// A chart of Apache ECharts as a plain custom element: the server sets its "option" property to the chart's
// option object as JSON text; the element draws it and follows its own size.
import * as echarts from 'echarts';

class HuzhuEchart extends HTMLElement {
  connectedCallback() {
    this.style.display = 'block';
    this._chart = echarts.init(this);
    this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resize.observe(this);
    this._draw();
  }

  disconnectedCallback() {
    if (this._resize) this._resize.disconnect();
    if (this._chart) this._chart.dispose();
    this._chart = null;
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
      this._chart.setOption(JSON.parse(this._option), true);
      this.setAttribute('drawn', '');
    }
  }
}

customElements.define('huzhu-echart', HuzhuEchart);
