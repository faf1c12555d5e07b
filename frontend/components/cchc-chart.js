import * as echarts from 'echarts';
import { cchcTheme, CCHC_THEME_NAME } from './cchc-chart-theme.js';

echarts.registerTheme(CCHC_THEME_NAME, cchcTheme);

// Province boundaries, fetched once per page by map name (vn-63, vn-34) and registered with ECharts.
const mapLoads = new Map();

function loadMap(name, src) {
  if (!mapLoads.has(name)) {
    mapLoads.set(name, fetch(src, { credentials: 'same-origin' })
      .then((r) => {
        if (!r.ok) {
          throw new Error('map ' + name + ': HTTP ' + r.status);
        }
        return r.json();
      })
      .then((geoJson) => echarts.registerMap(name, geoJson))
      .catch((e) => {
        mapLoads.delete(name);
        throw e;
      }));
  }
  return mapLoads.get(name);
}

/**
 * <cchc-chart>: one ECharts instance. The server sets `option` (ECharts option JSON built in Java);
 * the element resizes with its container and reports clicks as a `chart-click` event whose detail
 * names the series and the data item, so the Java side can drill into what was clicked.
 */
class CchcChart extends HTMLElement {
  constructor() {
    super();
    this._option = null;
    this._format = null;
  }

  static get observedAttributes() {
    return ['map-name', 'map-src'];
  }

  attributeChangedCallback() {
    this._render();
  }

  connectedCallback() {
    // Properties set before this element was defined shadow the setters: re-apply them.
    for (const prop of ['format', 'option']) {
      if (Object.prototype.hasOwnProperty.call(this, prop)) {
        const value = this[prop];
        delete this[prop];
        this[prop] = value;
      }
    }
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this._chart = echarts.init(this, CCHC_THEME_NAME, { renderer: 'canvas' });
    this._chart.on('click', (params) => this._reportClick(params));
    // Resize with the container (side nav opening, window resize, a card growing), not just the window.
    this._resizer = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resizer.observe(this);
    this._render();
  }

  disconnectedCallback() {
    if (this._resizer) {
      this._resizer.disconnect();
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  set option(json) {
    this._option = json;
    this._render();
  }

  get option() {
    return this._option;
  }

  set format(name) {
    this._format = name;
    this._render();
  }

  get format() {
    return this._format;
  }

  _render() {
    if (!this._chart || !this._option) {
      return;
    }
    // Formatters cannot travel in JSON: a series may name one of ours by key instead.
    const option = typeof this._option === 'string' ? JSON.parse(this._option) : this._option;
    // A map series needs its boundaries registered first: fetch them, then render again.
    const mapName = this.getAttribute('map-name');
    if (mapName && !echarts.getMap(mapName)) {
      const src = this.getAttribute('map-src');
      if (src) {
        loadMap(mapName, src).then(() => this._render(), (e) => console.error(e));
      }
      return;
    }
    this._chart.setOption(withFormatters(option, this._format), { notMerge: true });
    this.setAttribute('data-rendered', String(Date.now()));
  }

  _reportClick(params) {
    this.dispatchEvent(new CustomEvent('chart-click', {
      detail: {
        componentType: params.componentType || '',
        seriesIndex: params.seriesIndex ?? -1,
        seriesName: params.seriesName || '',
        dataIndex: params.dataIndex ?? -1,
        name: params.name || '',
        key: keyOf(params),
      },
    }));
  }

  /** Saves the chart as a PNG file (white background, twice the screen resolution). */
  downloadPng(fileName) {
    if (!this._chart) {
      return;
    }
    const url = this._chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName || 'chart.png';
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
}

/** The key the server put on a data item (its `id`), else a heatmap cell's [x, y] pair. */
function keyOf(params) {
  const data = params.data;
  if (data && typeof data === 'object' && !Array.isArray(data) && data.id !== undefined) {
    return String(data.id);
  }
  if (Array.isArray(data) && data.length >= 2 && typeof data[0] === 'number') {
    return data[0] + ':' + data[1];
  }
  if (Array.isArray(params.value) && params.value.length >= 2) {
    return params.value[0] + ':' + params.value[1];
  }
  return '';
}

// Vietnamese number format on the client: 99,62 and 1.234 (the server sends which one per axis).
const viPercent = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const viInteger = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const enPercent = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const enInteger = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const FORMATTERS = {
  'percent-vi': (v) => (v === null || v === undefined || v === '-') ? '–' : viPercent.format(v) + ' %',
  'number-vi': (v) => (v === null || v === undefined || v === '-') ? '–' : viInteger.format(v),
  'percent-en': (v) => (v === null || v === undefined || v === '-') ? '–' : enPercent.format(v) + ' %',
  'number-en': (v) => (v === null || v === undefined || v === '-') ? '–' : enInteger.format(v),
};

function valueOf(p) {
  if (Array.isArray(p.value)) {
    return p.value[p.value.length - 1];
  }
  return p.value;
}

function withFormatters(option, format) {
  const fmt = format && FORMATTERS[format];
  if (!fmt) {
    return option;
  }
  for (const axis of [].concat(option.xAxis || [], option.yAxis || [])) {
    if (axis && axis.type === 'value') {
      axis.axisLabel = Object.assign({}, axis.axisLabel, { formatter: fmt });
    }
  }
  if (option.visualMap) {
    for (const vm of [].concat(option.visualMap)) {
      vm.formatter = fmt;
    }
  }
  option.tooltip = Object.assign({}, option.tooltip, {
    valueFormatter: fmt,
  });
  for (const series of [].concat(option.series || [])) {
    if (series.type === 'map') {
      // A province is named in full; one without a figure says why instead of showing a number.
      option.tooltip.formatter = (p) => {
        const d = p.data || {};
        const shown = (typeof p.value === 'number' && !Number.isNaN(p.value)) ? fmt(p.value) : (d.note || '–');
        // Outside the user's scope an area has no name on the page, only its note.
        return d.title ? escapeHtml(d.title) + ': ' + escapeHtml(shown) : escapeHtml(shown);
      };
    }
    if (series.label && series.label.show) {
      series.label.formatter = (p) => fmt(valueOf(p));
    }
  }
  return option;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

customElements.define('cchc-chart', CchcChart);
