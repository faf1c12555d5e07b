// The dashboard's one chart theme: the same palette, fonts and grid for every chart, so that a
// province keeps its colour from chart to chart and leadership reads every chart the same way.
export const CCHC_THEME_NAME = 'cchc';

export const cchcTheme = {
  color: ['#1565c0', '#c62828', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#8d6e63', '#546e7a',
          '#ad1457', '#9e9d24'],
  backgroundColor: 'transparent',
  textStyle: { fontFamily: 'Roboto, "Segoe UI", "DejaVu Sans", Arial, sans-serif', color: '#263238' },
  title: { textStyle: { fontSize: 15, fontWeight: 600, color: '#263238' } },
  grid: { left: 56, right: 24, top: 40, bottom: 40, containLabel: true },
  categoryAxis: {
    axisLine: { lineStyle: { color: '#90a4ae' } },
    axisTick: { show: false },
    axisLabel: { color: '#455a64' },
  },
  valueAxis: {
    axisLine: { show: false },
    splitLine: { lineStyle: { color: '#eceff1' } },
    axisLabel: { color: '#455a64' },
  },
  line: { symbol: 'circle', symbolSize: 6, smooth: false, lineStyle: { width: 2 } },
  bar: { barMaxWidth: 28, itemStyle: { borderRadius: [0, 3, 3, 0] } },
  visualMap: { inRange: { color: ['#c62828', '#fbc02d', '#2e7d32'] } },
  tooltip: { backgroundColor: 'rgba(255,255,255,0.96)', borderColor: '#cfd8dc', textStyle: { color: '#263238' } },
};
