// Statistics dashboards: draws each [data-chart] element from the JSON data block the page
// carries (id "stats-charts"), with ECharts from its webjar. The tables under each chart hold
// the same numbers, so the page works without JavaScript.
document.addEventListener('DOMContentLoaded', () => {
	const block = document.getElementById('stats-charts');
	if (!block || typeof echarts === 'undefined') {
		return;
	}
	const charts = JSON.parse(block.textContent);
	const palette = ['#1f4e79', '#c55a11', '#548235', '#7f6000', '#7030a0', '#b3261e'];
	const drawn = [];
	document.querySelectorAll('[data-chart]').forEach((element) => {
		const data = charts[element.getAttribute('data-chart')];
		if (!data) {
			return;
		}
		const horizontal = data.kind.startsWith('hbar');
		if (horizontal) {
			element.classList.add('chart-horizontal');
			element.style.height = (60 + 34 * data.labels.length * Math.max(1, data.series.length * 0.7)) + 'px';
		}
		const chart = echarts.init(element, null, { renderer: 'canvas' });
		const categoryAxis = {
			type: 'category',
			data: data.labels,
			inverse: horizontal,
			axisLabel: { interval: horizontal ? 0 : 'auto', width: horizontal ? 150 : undefined, overflow: 'break' },
		};
		const valueAxis = { type: 'value', max: data.kind === 'hbar-percent' ? 100 : undefined, minInterval: 1 };
		chart.setOption({
			color: palette,
			animation: false,
			tooltip: { trigger: 'axis', renderMode: 'richText' },
			legend: { show: data.series.length > 1, top: 0, type: 'scroll' },
			grid: { left: 8, right: horizontal ? 40 : 16, top: data.series.length > 1 ? 36 : 12, bottom: 8, containLabel: true },
			xAxis: horizontal ? valueAxis : categoryAxis,
			yAxis: horizontal ? categoryAxis : valueAxis,
			series: data.series.map((series) => ({
				name: series.name,
				type: data.kind === 'line' ? 'line' : 'bar',
				stack: data.kind === 'stacked' ? 'total' : undefined,
				data: series.values,
				connectNulls: false,
				label: { show: horizontal, position: 'right' },
			})),
		});
		drawn.push(chart);
	});
	window.addEventListener('resize', () => drawn.forEach((chart) => chart.resize()));
});
