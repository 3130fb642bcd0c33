import { alarmColorScale, BASE_CONFIG, PLOT_WIDTH } from './common.js';
/**
 * How the alarms behave day by day on fault-free runs after the warm-up: false alarms per day (all
 * alarms) and the band's mean width (band alarms). Colour is the alarm (the same colour as in every other
 * chart); with several variants, the dash pattern is the variant. A band that learns a pattern narrows and
 * goes quiet; one that cannot stays wide.
 *
 * @example
 * learningChart(summary, 'CPU %'); // skyline: loop vs loop-then-cron vs cron
 */
export function learningChart(summary, unit = 'value') {
    const many = summary.variants.length > 1;
    const alarms = summary.variants[0]?.control.map((c) => c.alarm) ?? [];
    const rows = [];
    for (const variant of summary.variants) {
        for (const c of variant.control) {
            c.falseAlarmsByDay.forEach((fa, day) => rows.push({ alarm: c.alarm, variant: variant.variant, day: day + 1, falseAlarms: fa, width: c.band?.widthByDay[day] ?? null }));
        }
    }
    const variants = summary.variants.map((v) => v.variant);
    const encoding = {
        x: { field: 'day', type: 'quantitative', title: 'day after the warm-up', axis: { tickMinStep: 1 } },
        color: { field: 'alarm', type: 'nominal', title: 'alarm', scale: alarmColorScale(alarms), legend: { orient: 'bottom', columns: 2, symbolType: 'stroke', symbolStrokeWidth: 3 } },
        ...(many
            ? {
                strokeDash: {
                    field: 'variant',
                    type: 'nominal',
                    title: 'variant',
                    scale: { domain: variants, range: variants.map((_, i) => [[1, 0], [6, 3], [2, 2], [10, 3, 2, 3]][i % 4]) },
                    legend: { orient: 'bottom', columns: 1, symbolType: 'stroke', symbolStrokeColor: '#333', symbolFillColor: '#333', symbolOpacity: 1, symbolSize: 400, symbolStrokeWidth: 2 },
                },
            }
            : {}),
    };
    const tooltip = (field, title, format) => [{ field: 'alarm' }, ...(many ? [{ field: 'variant' }] : []), { field: 'day' }, { field, format, title }];
    return {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: { text: `${summary.scenario}: fault-free runs, day by day`, subtitle: `mean over ${summary.trials} trials` },
        config: BASE_CONFIG,
        data: { values: rows },
        vconcat: [
            {
                width: PLOT_WIDTH,
                height: 180,
                mark: { type: 'line', point: true },
                encoding: { ...encoding, y: { field: 'falseAlarms', type: 'quantitative', title: 'false alarms per day' }, tooltip: tooltip('falseAlarms', 'false alarms', '.2f') },
            },
            {
                width: PLOT_WIDTH,
                height: 180,
                transform: [{ filter: 'datum.width != null' }],
                mark: { type: 'line', point: true },
                encoding: { ...encoding, y: { field: 'width', type: 'quantitative', title: `mean band width (${unit})` }, tooltip: tooltip('width', 'band width', ',.3~g') },
            },
        ],
        resolve: { scale: { color: 'shared', strokeDash: 'shared' } },
    };
}
